package io.github.blogmaven.renderer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.Fixtures;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.SiteGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a reader sees of the sample site in a real browser (headless Chromium), at phone and desktop widths:
 * every image loads, nothing scrolls sideways, the reference post's bold-italic is bold and italic, and the
 * author card and table of contents show.
 */
@DisplayName("the sample site in headless Chromium")
class ReaderBrowserTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String POST = "/posts/7631b95.html";

    @TempDir
    static Path work;

    private static StaticServer server;
    private static Chromium chromium;

    @BeforeAll
    static void buildAndServe() throws Exception {
        chromium = Chromium.locate();
        Path site = work.resolve("site");
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("sample"), site).withNow(NOW));
        server = StaticServer.start(site, ReaderBrowserTest.class.getResource("/browser/harness.html"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> check(String page, int width) throws IOException, InterruptedException {
        return chromium.readerCheck(server.harnessUrl(page, width), work.resolve("profile-" + width));
    }

    @ParameterizedTest(name = "{0} at {1}px: every image loads and nothing scrolls sideways")
    @CsvSource({
        POST + ", 375",
        POST + ", 1280",
        "/, 375",
        "/, 1280",
        "/tags/%E9%98%BF%E9%87%8C/, 375",
        "/categories/%E5%AD%A6%E4%B9%A0/, 375",
        "/archives/, 375",
        "/about/index.html, 375",
        "/404.html, 375",
    })
    void imagesLoadAndNothingOverflows(String page, int width) throws Exception {
        Map<String, String> seen = check(page, width);

        assertFalse(seen.get("title").isBlank(), () -> "no title: " + seen);
        assertEquals("", seen.get("broken"), () -> "images that did not load: " + seen);
        assertTrue(Integer.parseInt(seen.get("scrollWidth")) <= Integer.parseInt(seen.get("clientWidth")),
                () -> "the page scrolls sideways: " + seen);
    }

    @Test
    @DisplayName("the reference post shows its three images, author card, toc and bold italics, in Chinese")
    void referencePostReadsWell() throws Exception {
        Map<String, String> seen = check(POST, 375);

        assertEquals("4", seen.get("images"), () -> "three post images and the avatar: " + seen);
        assertEquals("true", seen.get("authorCard"), seen::toString);
        assertEquals("true", seen.get("toc"), seen::toString);
        assertTrue(seen.get("strongEm").matches("(700/italic ?)+"), () -> "bold italic: " + seen);
        assertTrue(seen.get("lang").startsWith("zh"), seen::toString);
        assertTrue(Double.parseDouble(seen.get("bodyFontSize").replace("px", "")) >= 15, seen::toString);
    }

    @Test
    @DisplayName("the index excerpt shows the post's first image, resolved for the list page")
    void indexExcerptImageLoads() throws Exception {
        Map<String, String> seen = check("/", 1280);

        assertTrue(Integer.parseInt(seen.get("images")) >= 1, seen::toString);
        assertEquals("", seen.get("broken"), seen::toString);
    }
}
