package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole writing loop on a real blog: a session started on an ephemeral loopback port, files edited on disk,
 * and what a tab sees on the live-reload stream and over HTTP.
 */
@DisplayName("blog:serve's session rebuilds on save and tells the tabs")
class PreviewSessionTest {
    private static final String POST = "source/_posts/hello.md";
    private static final String POST_PAGE = "2020/01/01/hello/index.html";
    private static final String HEAD = "---\ntitle: Hello\ndate: 2020-01-01 00:00:00\ntags: [java]\n---\n";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> log = listener.messages;
    private Path blog;
    private PreviewSession session;
    private EventStream events;

    @BeforeEach
    void start() throws Exception {
        blog = dir.resolve("blog");
        write("_config.yml", "title: Preview\nurl: https://example.com\ntimezone: UTC\n");
        write(POST, HEAD + "First body.\n");
        write("source/_posts/other.md", "---\ntitle: Other\ndate: 2019-01-01 00:00:00\n---\nOther body.\n");
        write("source/_drafts/unfinished.md", "---\ntitle: Unfinished\ndate: 2021-01-01 00:00:00\n---\nSoon.\n");
        write("source/css/extra.css", "p { color: red; }\n");
        GenerateRequest request = GenerateRequest.of(blog, dir.resolve("preview")).withDrafts(true)
                .withFuture(true).withListener(listener);
        session = PreviewSession.start(new PreviewSession.Options(request, "127.0.0.1", 0,
                new SourceWatcher.Settings(Duration.ofMillis(50), Duration.ofSeconds(1))));
        events = EventStream.open(http, session.uri().resolve("__blog-maven/events"));
    }

    @AfterEach
    void stop() throws IOException {
        if (events != null) {
            events.close();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    @DisplayName("saving a post's body reloads the tabs showing it, and the new page is served")
    void saveReloads() throws Exception {
        assertTrue(get(POST_PAGE).body().contains("First body."));
        write(POST, HEAD + "Second body.\n");
        EventStream.Event reload = next("reload");
        assertTrue(reload.data().contains(POST_PAGE), reload.data());
        assertTrue(get(POST_PAGE).body().contains("Second body."));
        assertTrue(log.stream().anyMatch(line -> line.startsWith("rebuilt ")), log.toString());
    }

    @Test
    @DisplayName("a broken file shows its problem over the page, the last good site stays, and a fix clears it")
    void brokenFileShowsOverlay() throws Exception {
        write(POST, HEAD.replace("title: Hello", "title: [unclosed") + "Broken body.\n");
        EventStream.Event problems = next("problems");
        assertTrue(problems.data().contains(POST + ":3:5: invalid YAML"), problems.data());
        HttpResponse<String> page = get(POST_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("First body."), "the last good page stays served");

        write(POST, HEAD + "Fixed body.\n");
        next("ok");
        assertTrue(get(POST_PAGE).body().contains("Fixed body."));
    }

    @Test
    @DisplayName("a stylesheet change is a css event, a new post a reload, a draft has its badge")
    void stylesheetNewPostAndDraft() throws Exception {
        write("source/css/extra.css", "p { color: blue; }\n");
        EventStream.Event css = next("css");
        assertTrue(css.data().contains("css/extra.css"), css.data());
        assertTrue(get("css/extra.css").body().contains("blue"));

        write("source/_posts/new.md", "---\ntitle: New\ndate: 2022-01-01 00:00:00\n---\nNew body.\n");
        EventStream.Event reload = next("reload");
        assertTrue(reload.data().contains("2022/01/01/new/index.html"), reload.data());
        assertTrue(get("").body().contains("New"));

        String draft = get("2021/01/01/unfinished/").body();
        assertTrue(draft.contains("class=\"draft-badge\""), draft);
        assertFalse(Files.exists(dir.resolve("preview/2021/01/01/unfinished/index.html.tmp")));
    }

    @Test
    @DisplayName("in headless Chromium, an open post follows its source file without a manual reload")
    void browserFollowsTheSource() throws Exception {
        try (DevTools browser = DevTools.launch()) {
            browser.navigate(session.uri().resolve(POST_PAGE));
            String text = "document.querySelector('.post-content, article').textContent";
            assertTrue(browser.evaluate(text).contains("First body."));
            browser.waitFor("String(typeof EventSource)", "function");
            awaitConnected();
            write(POST, HEAD + "Written while the tab was open.\n");
            browser.waitFor(text, seen -> seen.contains("Written while the tab was open."));
        }
    }

    private void awaitConnected() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (log.stream().filter(line -> line.startsWith("Live reload: a tab connected")).count() < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the tab did not connect: " + log);
            }
            Thread.sleep(50);
        }
    }

    /** The next event named {@code name}, skipping others (an {@code ok} after each good build, say). */
    private EventStream.Event next(String name) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            EventStream.Event event = events.next();
            if (event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("no " + name + " event");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = session.uri().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
