package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a blog's sources and reports changes in batches, for {@code blog:serve} to rebuild. Uses the operating
 * system's change events: inotify on Linux, FSEvents on macOS (where the JDK's own watcher polls every 10 s).
 */
public final class SourceWatcher implements AutoCloseable {

    /**
     * A batch of changes: the absolute, normalized paths that changed (created, modified or deleted; directories
     * included), or {@code overflow} when events were lost and the caller must rescan everything ({@code paths} may
     * then be empty).
     */
    public record Changes(Set<Path> paths, boolean overflow) {
        /** Copies {@code paths}, so a batch never changes after delivery. */
        public Changes {
            paths = Set.copyOf(paths);
        }
    }

    /**
     * How changes are batched: a batch is delivered once no change arrived for {@code quiet}, but no later than
     * {@code maxWait} after its first change, so a stream of saves still rebuilds about every {@code maxWait}.
     */
    public record Settings(Duration quiet, Duration maxWait) {
        /** Quick enough to feel immediate, long enough to take an editor's write-then-rename save as one change. */
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(50), Duration.ofSeconds(1));

        /** Rejects missing or negative durations. */
        public Settings {
            Objects.requireNonNull(quiet, "quiet");
            Objects.requireNonNull(maxWait, "maxWait");
            if (quiet.isNegative() || maxWait.isNegative()) {
                throw new IllegalArgumentException("negative duration: quiet " + quiet + ", maxWait " + maxWait);
            }
        }
    }

    private final WatchedRoots roots;
    private final ChangeCoalescer coalescer;
    private final BuildListener log;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService eventLoop = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blog-watcher-events");
        thread.setDaemon(true);
        return thread;
    });
    private final DirectoryWatcher watcher;

    private SourceWatcher(WatchedRoots roots, ChangeCoalescer coalescer, BuildListener log) throws IOException {
        this.roots = roots;
        this.coalescer = coalescer;
        this.log = log;
        this.watcher = DirectoryWatcher.builder()
                .paths(roots.registered())
                .listener(new Events())
                .fileTreeVisitor(new WatchedTreeVisitor(roots, log))
                // Hashes only suppress events for writes that leave a file as it was, and computing them means
                // reading every file under the roots before watching starts: slow on a big blog, for nothing a
                // rebuild could not absorb.
                .fileHashing(false)
                // The library must not log through a backend of its own; what matters reaches 'log' via Events.
                .logger(NOPLogger.NOP_LOGGER)
                .build();
    }

    /**
     * Starts watching {@code roots}: directories with everything below them, and single files such as
     * {@code _config.yml}; a root that does not exist is skipped. Returns once every directory is registered, so
     * any later change is reported. {@code onChanges} is called on one dedicated daemon thread, never twice at
     * once; what changes while it runs comes in the next batch. An exception it throws is logged and watching
     * goes on.
     *
     * @throws IOException when a directory cannot be watched, for instance past the system's limit of watches
     */
    public static SourceWatcher start(List<Path> roots, Settings settings, Consumer<Changes> onChanges,
            BuildListener log) throws IOException {
        WatchedRoots watched = WatchedRoots.of(roots, log);
        ChangeCoalescer coalescer = new ChangeCoalescer(settings, onChanges, log, "blog-watcher-changes");
        SourceWatcher sourceWatcher;
        try {
            sourceWatcher = new SourceWatcher(watched, coalescer, log);
        } catch (IOException | RuntimeException e) {
            coalescer.close();
            throw e;
        }
        sourceWatcher.watch();
        return sourceWatcher;
    }

    /** Registers every directory on this thread, then runs the event loop on the event thread; closes on failure. */
    private void watch() throws IOException {
        long started = System.nanoTime();
        CompletableFuture<Void> loop = watcher.watchAsync(eventLoop);
        if (loop.isCompletedExceptionally()) {
            close();
            throw asIOException(loop.handle((ignored, failure) -> failure).join());
        }
        log.debug("Watching " + roots.registered() + "; registering took "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        loop.whenComplete((ignored, failure) -> {
            if (!closed.get()) {
                log.warn("The file watcher stopped: "
                        + (failure == null ? "every watched directory is gone" : failure.toString()));
            }
        });
    }

    private static IOException asIOException(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return new IOException("Cannot watch the blog's sources: " + failure, failure);
    }

    /** Stops watching and delivering; a running {@code onChanges} call finishes first. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the file watcher: " + e);
        }
        eventLoop.shutdown();
        try {
            // Closing the watch service ends the event loop at once; wait so no event arrives after close().
            eventLoop.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        coalescer.close();
    }

    /** Receives directory-watcher's events on the event thread and passes on the ones the caller asked for. */
    private final class Events implements DirectoryChangeListener {

        @Override
        public void onEvent(DirectoryChangeEvent event) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                coalescer.overflow();
                return;
            }
            Path path = event.path().toAbsolutePath().normalize();
            if (roots.delivers(path)) {
                coalescer.add(path);
            }
        }

        @Override
        public boolean isWatching() {
            return !closed.get();
        }

        @Override
        public void onException(Exception e) {
            if (e instanceof NoSuchFileException) {
                // A directory deleted before it could be watched: its delete event reports it.
                log.debug("File watcher: " + e);
                return;
            }
            // An event, or a new directory's registration, may be lost: have the caller rescan everything.
            log.warn("File watcher: " + e + "; rebuilding everything");
            coalescer.overflow();
        }
    }
}
