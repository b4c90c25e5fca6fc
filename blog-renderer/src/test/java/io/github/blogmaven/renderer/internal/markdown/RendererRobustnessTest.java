package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One renderer serves a whole site from many threads, and no post can take the build down. */
class RendererRobustnessTest {
    @Test
    @DisplayName("one renderer, many threads, identical output")
    void concurrentRenderingIsDeterministic() throws Exception {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, 100));
        String post = ReferencePostTest.resource("reference-post-7631b95.md");
        List<MarkdownSource> sources = List.of(
                new MarkdownSource(post, "a.md", 1, new LinkContext("/", "posts/", null, Set.of("7631b95/1.jpg")::contains, null)),
                new MarkdownSource(post, "b.md", 1, new LinkContext("/blog/", "posts/", null, path -> false, "https://x.org/blog")),
                new MarkdownSource("# 重复\n# 重复\n\n第一行\n第二行 <!-- more --> 后文", "c.md", 1, null));
        List<RenderedMarkdown> expected = sources.stream().map(renderer::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderedMarkdown>> futures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                MarkdownSource source = sources.get(i % sources.size());
                futures.add(pool.submit((Callable<RenderedMarkdown>) () -> renderer.render(source)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % sources.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Markdown nested too deeply fails with a dedicated exception naming the file, not a dead JVM")
    void pathologicalNesting() throws Exception {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, 100));
        MarkdownSource source = new MarkdownSource("> ".repeat(20_000) + "deep\n", "source/_posts/deep.md", 7, null);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        // a small stack makes the overflow certain whatever the JVM's default
        Thread thread = new Thread(null, () -> {
            try {
                renderer.render(source);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();

        MarkdownTooComplexException e = assertThrows(MarkdownTooComplexException.class, () -> {
            throw failure.get();
        });
        assertEquals("source/_posts/deep.md", e.sourcePath());
        assertEquals(7, e.firstLine());
        assertTrue(e.getMessage().startsWith("source/_posts/deep.md:7: "), e.getMessage());
    }
}
