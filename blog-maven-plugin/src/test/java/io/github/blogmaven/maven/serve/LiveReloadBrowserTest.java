package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees in a real browser while the site changes under an open tab. */
class LiveReloadBrowserTest {
    private static final String TEXT = "document.getElementById('text').textContent";
    private static final String COLOR = "getComputedStyle(document.getElementById('text')).color";
    private static final String OVERLAY = "document.getElementById('blog-maven-problems')?.textContent ?? 'none'";

    @TempDir
    Path site;
    private final Connections connections = new Connections();
    private DevServer server;
    private DevTools browser;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        page("index.html", "first version");
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/style.css"), "p { color: rgb(255, 0, 0); }\n");
        Files.writeString(site.resolve("404.html"), "<html><body><p id=\"text\">not found</p></body></html>");
        server = DevServer.start(new DevServer.Options(site, "127.0.0.1", 0, "/", connections));
        browser = DevTools.launch();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    @DisplayName("an open page follows the site: reloads, swaps a stylesheet in place, shows and hides problems")
    void openPageFollowsTheSite() throws Exception {
        browser.navigate(server.uri());
        assertEquals("first version", browser.evaluate(TEXT));
        assertEquals("rgb(255, 0, 0)", browser.evaluate(COLOR));
        connections.await(1);

        page("index.html", "second version");
        server.siteChanged(List.of("index.html"));
        browser.waitFor(TEXT, "second version");
        connections.await(2);

        browser.evaluate("window.marker = 'still the same page'");
        Files.writeString(site.resolve("css/style.css"), "p { color: rgb(0, 0, 255); }\n");
        server.siteChanged(List.of("css/style.css"));
        browser.waitFor(COLOR, "rgb(0, 0, 255)");
        browser.waitFor("String(document.querySelectorAll('link[rel=stylesheet]').length)", "1");
        assertEquals("still the same page", browser.evaluate("window.marker"));

        server.siteChanged(List.of("posts/other.html"));
        server.showProblems(List.of(new DevServer.Problem("source/_posts/a.md", 3, 7, "bad date <b>'x'</b>")));
        String overlay = browser.waitFor(OVERLAY, text -> !text.equals("none"));
        assertTrue(overlay.contains("source/_posts/a.md:3:7: bad date <b>'x'</b>"), overlay);
        assertEquals("0", browser.evaluate("String(document.querySelectorAll('#blog-maven-problems b').length)"));
        assertEquals("fixed", browser.evaluate("getComputedStyle(document.getElementById('blog-maven-problems'))"
                + ".position"));
        assertEquals("still the same page", browser.evaluate("window.marker"));

        server.clearProblems();
        browser.waitFor(OVERLAY, "none");
        assertEquals("still the same page", browser.evaluate("window.marker"));
    }

    @Test
    @DisplayName("a page opened while the build is broken shows the problems at once")
    void pageOpenedWhileBrokenShowsProblems() {
        server.showProblems(List.of(new DevServer.Problem(null, 0, 0, "the theme is missing")));

        browser.navigate(server.uri());

        browser.waitFor(OVERLAY, text -> text.contains("the theme is missing"));
        assertEquals("first version", browser.evaluate(TEXT));
    }

    @Test
    @DisplayName("the 404 page reloads on any change, as it stands in for every missing path")
    void notFoundPageReloadsOnAnyChange() throws Exception {
        browser.navigate(URI.create(server.uri() + "posts/new.html"));
        assertEquals("not found", browser.evaluate(TEXT));
        connections.await(1);

        Files.writeString(site.resolve("404.html"), "<html><body><p id=\"text\">still not found</p></body></html>");
        server.siteChanged(List.of("404.html"));
        browser.waitFor(TEXT, "still not found");
        connections.await(2);

        page("posts/new.html", "the new post");
        server.siteChanged(List.of("posts/new.html"));
        browser.waitFor(TEXT, "the new post");
    }

    @Test
    @DisplayName("after the server restarts, the page reconnects and reloads")
    void reloadsAfterRestart() throws Exception {
        browser.navigate(server.uri());
        connections.await(1);
        browser.evaluate("window.marker = 'before the restart'");
        int port = server.port();

        server.close();
        page("index.html", "after the restart");
        server = DevServer.start(new DevServer.Options(site, "127.0.0.1", port, "/", connections));

        browser.waitFor(TEXT, "after the restart");
        assertEquals("undefined", browser.evaluate("window.marker"));
    }

    private void page(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!doctype html>\n<html><head><link rel=\"stylesheet\" href=\"/css/style.css\">"
                + "</head>\n<body><p id=\"text\">" + text + "</p></body></html>\n");
    }

    /**
     * Counts the tabs that have connected to the event stream, from the server's debug log: an event sent before
     * a tab is connected would never reach it.
     */
    private static final class Connections implements BuildListener {
        private static final Duration WAIT = Duration.ofSeconds(20);
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
            if (message.startsWith("Live reload: a tab connected")) {
                count.incrementAndGet();
            }
        }

        void await(int expected) throws InterruptedException {
            Instant deadline = Instant.now().plus(WAIT);
            while (count.get() < expected) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(count.get() + " connections after " + WAIT.toSeconds() + " s, not "
                            + expected);
                }
                Thread.sleep(50);
            }
        }
    }
}
