package io.github.blogmaven.maven.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.maven.serve.SourceWatcher.Changes;
import io.github.blogmaven.maven.serve.SourceWatcher.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on real files in a Hexo-layout blog. Waits have deadlines of several seconds and assertions are about
 * what was delivered, never how fast: the machine running this may be slow and busy.
 */
class SourceWatcherTest {

    /**
     * A quiet period well above the gap between the events of one save, so a stalled machine cannot split a save
     * into two batches.
     */
    private static final Settings ONE_SAVE = new Settings(Duration.ofMillis(300), Duration.ofSeconds(2));

    /** Longer than {@link #ONE_SAVE} takes to deliver anything; how long a test waits to see nothing come. */
    private static final Duration NOTHING_MORE = Duration.ofMillis(1500);

    @TempDir
    Path blog;

    private Path config;
    private Path source;
    private Path posts;
    private final RecordingListener log = new RecordingListener();
    private final Batches batches = new Batches();
    private SourceWatcher watcher;

    @BeforeEach
    void createBlog() throws IOException {
        config = Files.writeString(blog.resolve("_config.yml"), "title: Test\n");
        source = blog.resolve("source");
        posts = Files.createDirectories(source.resolve("_posts"));
        Files.writeString(posts.resolve("hello.md"), "# Hello\n");
        Files.createDirectories(blog.resolve("scaffolds"));
        Files.createDirectories(blog.resolve("themes/landscape/layout"));
    }

    @AfterEach
    void stopWatching() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void aSaveIsOneBatchWithTheFile() throws Exception {
        watch(ONE_SAVE, batches);
        Path hello = posts.resolve("hello.md");

        Files.writeString(hello, "# Hello again\n");

        assertEquals(new Changes(Set.of(hello), false), batches.next());
        batches.assertNoneFor(NOTHING_MORE);
    }

    @Test
    void aSaveThroughATemporaryFileAndARenameIsOneBatchWithTheFile() throws Exception {
        watch(ONE_SAVE, batches);
        Path hello = posts.resolve("hello.md");
        Path temporary = Files.writeString(posts.resolve("hello.md.tmp"), "# Hello again\n");

        Files.move(temporary, hello, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertTrue(batches.next().paths().contains(hello));
        batches.assertNoneFor(NOTHING_MORE);
    }

    @Test
    void fiftyWritesInASecondAreAtMostTwoBatches() throws Exception {
        // Writes come 20 ms apart; a quiet period of 100 ms leaves the busy machine 80 ms of stalling before a
        // pause in the stream is taken for the end of it.
        watch(new Settings(Duration.ofMillis(100), Duration.ofSeconds(1)), batches);
        Path hello = posts.resolve("hello.md");

        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            sleepUntil(start + TimeUnit.MILLISECONDS.toNanos(20L * i));
            Files.writeString(hello, "# Hello " + i + "\n");
        }

        List<Changes> delivered = batches.until(hello);
        batches.assertNoneFor(NOTHING_MORE);
        assertTrue(delivered.size() <= 2, () -> "batches: " + delivered);
    }

    @Test
    void neverCallsTwiceAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Consumer<Changes> slow = changes -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(200);
            running.decrementAndGet();
            batches.accept(changes);
        };
        watch(new Settings(Duration.ofMillis(10), Duration.ofMillis(50)), slow);
        Path last = posts.resolve("post-19.md");

        for (int i = 0; i < 20; i++) {
            Files.writeString(posts.resolve("post-" + i + ".md"), "# Post " + i + "\n");
            sleep(30);
        }

        batches.until(last);
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void changesDuringASlowCallComeInTheNextBatch() throws Exception {
        CountDownLatch inFirstCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Consumer<Changes> blocksFirst = changes -> {
            if (inFirstCall.getCount() == 1) {
                inFirstCall.countDown();
                await(release);
            }
            batches.accept(changes);
        };
        watch(ONE_SAVE, blocksFirst);
        Path hello = posts.resolve("hello.md");
        Path second = posts.resolve("second.md");

        Files.writeString(hello, "# Hello again\n");
        assertTrue(inFirstCall.await(Batches.DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        Files.writeString(second, "# Second\n");
        sleep(ONE_SAVE.maxWait().toMillis() + 500); // a second call would be due now if calls could overlap
        release.countDown();

        assertEquals(Set.of(hello), batches.next().paths());
        assertEquals(Set.of(second), batches.next().paths());
    }

    @Test
    void ignoresEditorBackupsSwapFilesAndLocks() throws Exception {
        watch(ONE_SAVE, batches);

        for (String name : List.of("hello.md~", "hello.md%", ".hello.md.swp", ".hello.md.swx", "4913",
                ".#hello.md", ".DS_Store")) {
            Files.writeString(posts.resolve(name), "noise");
        }
        batches.assertNoneFor(NOTHING_MORE);

        Path hello = Files.writeString(posts.resolve("hello.md"), "# Hello again\n");
        assertEquals(Set.of(hello), batches.next().paths());
    }

    @Test
    void seesFilesInNewDirectories() throws Exception {
        watch(ONE_SAVE, batches);
        Path post = source.resolve("_posts/new/dir/post.md");

        Files.createDirectories(post.getParent());
        Files.writeString(post, "# New\n");

        batches.until(post);
        // The new directory is watched from now on, not only reported.
        Path later = Files.writeString(post.resolveSibling("later.md"), "# Later\n");
        batches.until(later);
    }

    @Test
    void reportsDeletedFilesAndDirectories() throws Exception {
        Path folder = Files.createDirectories(source.resolve("images"));
        Path image = Files.writeString(folder.resolve("cat.svg"), "<svg/>");
        watch(ONE_SAVE, batches);

        Files.delete(image);
        Files.delete(folder);

        Set<Path> seen = batches.until(folder).stream().flatMap(b -> b.paths().stream())
                .collect(Collectors.toSet());
        assertTrue(seen.containsAll(Set.of(image, folder)), seen::toString);
    }

    @Test
    void aFileRootDeliversThatFileAndNotItsSiblings() throws Exception {
        Files.createDirectories(blog.resolve("target"));
        watch(ONE_SAVE, batches);

        Files.writeString(blog.resolve("package.json"), "{}");
        Files.writeString(blog.resolve("target/index.html"), "<html/>");
        Files.createDirectories(blog.resolve("node_modules/hexo"));
        Files.writeString(blog.resolve("node_modules/hexo/index.js"), "");
        batches.assertNoneFor(NOTHING_MORE);

        Files.writeString(config, "title: Changed\n");
        assertEquals(new Changes(Set.of(config), false), batches.next());
    }

    @Test
    void aFileRootReplacedByARenameIsStillWatched() throws Exception {
        watch(ONE_SAVE, batches);

        Path temporary = Files.writeString(blog.resolve("_config.yml.tmp"), "title: Renamed\n");
        Files.move(temporary, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Set.of(config), batches.next().paths());

        Files.writeString(config, "title: Again\n");
        assertEquals(Set.of(config), batches.next().paths());
    }

    @Test
    void skipsRootsThatDoNotExist() throws Exception {
        Path missing = blog.resolve("no-such-folder");
        watcher = SourceWatcher.start(List.of(missing, source), ONE_SAVE, batches, log);

        Path hello = Files.writeString(posts.resolve("hello.md"), "# Hello again\n");

        assertEquals(Set.of(hello), batches.next().paths());
        assertTrue(log.lines.contains("DEBUG Not watching " + missing + ": it does not exist"), log.lines::toString);
    }

    @Test
    void closeStopsDeliveriesAndItsThreadsAndMayBeCalledTwice() throws Exception {
        watch(ONE_SAVE, batches);

        watcher.close();
        watcher.close();
        Files.writeString(posts.resolve("hello.md"), "# Hello again\n");

        batches.assertNoneFor(NOTHING_MORE);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("blog-watcher-")));
    }

    @Test
    void aFailingCallIsLoggedAndWatchingGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Consumer<Changes> failsFirst = changes -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("template exploded");
            }
            batches.accept(changes);
        };
        watch(ONE_SAVE, failsFirst);
        Path hello = posts.resolve("hello.md");

        Files.writeString(hello, "# Hello again\n");
        awaitWarning();
        Files.writeString(hello, "# Hello once more\n");

        assertEquals(Set.of(hello), batches.next().paths());
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("WARN") && line.contains("template exploded")),
                log.lines::toString);
    }

    @Test
    void watchesTenThousandDirectories() throws Exception {
        Path deepest = null;
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) {
                deepest = Files.createDirectories(posts.resolve("year-" + i + "/topic-" + j));
            }
        }
        watch(ONE_SAVE, batches);
        Path post = deepest.resolve("post.md");

        Files.writeString(post, "# Deep\n");

        assertEquals(Set.of(post), batches.next().paths());
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("DEBUG") && line.contains("registering took")),
                log.lines::toString);
    }

    private void watch(Settings settings, Consumer<Changes> onChanges) throws IOException {
        List<Path> roots = List.of(config, source, blog.resolve("scaffolds"), blog.resolve("themes"));
        watcher = assertDoesNotThrow(() -> SourceWatcher.start(roots, settings, onChanges, log));
    }

    private void awaitWarning() {
        long deadline = System.nanoTime() + Batches.DEADLINE.toNanos();
        while (log.lines.stream().noneMatch(line -> line.startsWith("WARN")) && System.nanoTime() < deadline) {
            sleep(10);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            sleep(TimeUnit.NANOSECONDS.toMillis(wait));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(Batches.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
