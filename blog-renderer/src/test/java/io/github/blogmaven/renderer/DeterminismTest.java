package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building twice gives the same bytes, whatever order the worker threads finished in; builds share nothing. */
class DeterminismTest {
    @Test
    @DisplayName("two builds of the sample site write identical files")
    void identicalOutput(@TempDir Path first, @TempDir Path second) throws Exception {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        SiteGenerator generator = new SiteGenerator();
        generator.generate(GenerateRequest.of(Fixtures.site("sample"), first).withNow(now));
        generator.generate(GenerateRequest.of(Fixtures.site("sample"), second).withNow(now));

        Map<String, byte[]> a = Fixtures.snapshot(first);
        Map<String, byte[]> b = Fixtures.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    @Test
    @DisplayName("one generator builds two sites at once without either seeing the other")
    void concurrentBuilds(@TempDir Path sample, @TempDir Path escaping) throws Exception {
        SiteGenerator generator = new SiteGenerator();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> generator.generate(GenerateRequest.of(Fixtures.site("sample"), sample)));
            var b = pool.submit(() -> generator.generate(GenerateRequest.of(Fixtures.site("escaping"), escaping)));
            assertEquals(3, a.get().count(PageKind.POST));
            assertEquals(1, b.get().count(PageKind.POST));
        } finally {
            pool.shutdownNow();
        }
        String sampleIndex = Fixtures.read(sample, "index.html");
        String escapingIndex = Fixtures.read(escaping, "index.html");
        assertTrue(sampleIndex.contains("示例博客") && !sampleIndex.contains("Escaping"));
        assertTrue(escapingIndex.contains("<html lang=\"en\">"), escapingIndex);
    }

    @Test
    @DisplayName("pages of every size come out whole, whatever pages their render thread wrote before")
    void pagesOfEverySize(@TempDir Path site, @TempDir Path output) throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: Sizes\ntimezone: UTC\npermalink: posts/:title/\n");
        Path posts = Files.createDirectories(site.resolve("source/_posts"));
        // Small pages between large ones, and one past the size a render thread keeps its buffers at.
        int[] paragraphs = {1, 2_000, 3, 40_000, 2, 200, 1};
        for (int n = 0; n < paragraphs.length; n++) {
            StringBuilder post = new StringBuilder("---\ntitle: p" + n + "\ndate: 2024-01-0" + (n + 1)
                    + " 00:00:00\n---\nSTART-" + n + "\n\n");
            for (int p = 0; p < paragraphs[n]; p++) {
                post.append("第").append(p).append("段，中文和 English 混排。\n\n");
            }
            Files.writeString(posts.resolve("p" + n + ".md"), post.append("END-").append(n).append('\n'));
        }
        new SiteGenerator().generate(GenerateRequest.of(site, output));

        for (int n = 0; n < paragraphs.length; n++) {
            byte[] bytes = Files.readAllBytes(output.resolve("posts/p" + n + "/index.html"));
            String page = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            assertTrue(page.contains("<p>START-" + n + "</p>") && page.contains("<p>END-" + n + "</p>")
                    && page.strip().endsWith("</html>"), "p" + n);
            assertTrue(page.contains("<p>第" + (paragraphs[n] - 1) + "段，中文和 English 混排。</p>"), "p" + n);
        }
    }

    @Test
    @DisplayName("building into a directory that already holds the site rewrites it unchanged")
    void rebuildInPlace(@TempDir Path output) throws Exception {
        SiteGenerator generator = new SiteGenerator();
        generator.generate(GenerateRequest.of(Fixtures.site("sample"), output));
        Map<String, byte[]> before = Fixtures.snapshot(output);
        generator.generate(GenerateRequest.of(Fixtures.site("sample"), output));
        Map<String, byte[]> after = Fixtures.snapshot(output);
        assertEquals(before.keySet(), after.keySet());
        for (String path : before.keySet()) {
            assertArrayEquals(before.get(path), after.get(path), path);
        }
    }
}
