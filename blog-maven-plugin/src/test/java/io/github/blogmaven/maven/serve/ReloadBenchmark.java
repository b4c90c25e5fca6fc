package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The writing loop's figure of merit: on a blog of {@code benchmark.posts} posts (10,000 by default, written by
 * {@code benchmarks/CorpusGenerator.java}), the time from saving one post's body to the tab being told to reload
 * and the new page being served, through the real watcher, rebuild and server. Reports the median and spread of
 * {@code benchmark.saves} saves after a warm-up, then the same for a few title changes (which every list showing
 * the post and its neighbours' pages show); asserts nothing about time (a benchmark, not a test).
 *
 * <pre>mvn -B -pl blog-maven-plugin -am -Pbenchmark verify -Dbenchmark.posts=10000</pre>
 */
@Tag("benchmark")
class ReloadBenchmark {
    private static final int POSTS = Integer.getInteger("benchmark.posts", 10_000);
    private static final int SAVES = Integer.getInteger("benchmark.saves", 40);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 15);
    private static final int TITLE_CHANGES = Integer.getInteger("benchmark.titleChanges", 5);

    @Test
    void saveToReload() throws Exception {
        Path work = Path.of("target", "benchmark").toAbsolutePath();
        Path blog = work.resolve("blog-" + POSTS);
        if (!Files.exists(blog)) {
            generate(blog);
        }
        List<String> log = new ArrayList<>();
        GenerateRequest request = GenerateRequest.of(blog, work.resolve("preview-" + POSTS)).withDrafts(true)
                .withFuture(true).withFailOnBrokenLinks(false).withListener(new BuildListener() {
                    @Override
                    public void info(String message) {
                        synchronized (log) {
                            log.add(message);
                        }
                    }

                    @Override
                    public void warn(String message) {
                    }
                });
        long startup = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (PreviewSession session = PreviewSession.start(new PreviewSession.Options(request, "127.0.0.1", 0,
                SourceWatcher.Settings.DEFAULT));
                EventStream events = EventStream.open(http, session.uri().resolve("__blog-maven/events"))) {
            double firstBuild = (System.nanoTime() - startup) / 1e9;
            SplittableRandom random = new SplittableRandom(42);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                int n = random.nextInt(POSTS);
                Path post = blog.resolve(String.format(Locale.ROOT, "source/_posts/post-%06d.md", n));
                String marker = "saved-" + i + "-" + System.nanoTime();
                String text = Files.readString(post, StandardCharsets.UTF_8);
                String page = pageOf(text);
                long saved = System.nanoTime();
                Files.writeString(post, text.replaceAll("\nsaved-\\d+-\\d+\n", "\n") + "\n" + marker + "\n",
                        StandardCharsets.UTF_8);
                awaitReload(events, page);
                String served = get(http, session.uri().resolve(page));
                long done = System.nanoTime();
                if (!served.contains(marker)) {
                    throw new AssertionError("the reloaded page lacks the saved text: " + page);
                }
                if (i >= WARM_UP) {
                    times.add((done - saved) / 1e6);
                }
                Thread.sleep(150);
            }
            times.sort(null);
            System.out.printf(Locale.ROOT, "%nsave-to-reload on %,d posts, %d saves after %d warm-up saves: "
                    + "median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms (first build and start %.1f s, %d cores)%n",
                    POSTS, times.size(), WARM_UP, times.get(times.size() / 2), times.get(times.size() * 9 / 10),
                    times.get(0), times.get(times.size() - 1), firstBuild, Runtime.getRuntime().availableProcessors());
            synchronized (log) {
                log.stream().filter(line -> line.startsWith("rebuilt ")).skip(WARM_UP + 1).limit(5)
                        .forEach(line -> System.out.println("  " + line));
            }

            List<Double> titles = new ArrayList<>();
            for (int i = 0; i < TITLE_CHANGES; i++) {
                Path post = blog.resolve(String.format(Locale.ROOT, "source/_posts/post-%06d.md", random.nextInt(POSTS)));
                String text = Files.readString(post, StandardCharsets.UTF_8);
                String title = "retitled-" + i + "-" + System.nanoTime();
                long saved = System.nanoTime();
                Files.writeString(post, text.replaceFirst("\ntitle: ", "\ntitle: " + title + " "),
                        StandardCharsets.UTF_8);
                String page = pageOf(text);
                awaitReload(events, page);
                if (!get(http, session.uri().resolve(page)).contains(title)) {
                    throw new AssertionError("the reloaded page lacks the new title: " + page);
                }
                titles.add((System.nanoTime() - saved) / 1e6);
                Thread.sleep(300);
            }
            titles.sort(null);
            System.out.printf(Locale.ROOT, "title-change-to-reload on %,d posts, %d changes: median %.0f ms, "
                    + "min %.0f ms, max %.0f ms%n", POSTS, titles.size(), titles.get(titles.size() / 2), titles.get(0),
                    titles.get(titles.size() - 1));
            synchronized (log) {
                log.stream().filter(line -> line.startsWith("rebuilt the site")).skip(1).limit(3)
                        .forEach(line -> System.out.println("  " + line));
            }
        }
    }

    /** The output page of a corpus post: its permalink is {@code posts/:abbrlink.html}. */
    private static String pageOf(String post) {
        int at = post.indexOf("\nabbrlink: ");
        return "posts/" + post.substring(at + 11, post.indexOf('\n', at + 1)).strip().replace("'", "") + ".html";
    }

    private static void awaitReload(EventStream events, String page) throws InterruptedException {
        while (true) {
            EventStream.Event event = events.next();
            if (event.name().equals("problems")) {
                throw new AssertionError("the rebuild failed: " + event.data());
            }
            if (event.name().equals("reload") && event.data().contains(page)) {
                return;
            }
        }
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Runs the corpus generator, a single-file program, as the benchmarks' README shows. */
    private static void generate(Path blog) throws IOException, InterruptedException {
        Path generator = Path.of("..", "benchmarks", "CorpusGenerator.java").toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), generator.toString(), blog.toString(),
                String.valueOf(POSTS)).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the corpus generator failed");
        }
    }
}
