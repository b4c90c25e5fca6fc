package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The renderer made ahead serves the options it was made with; other options get their own")
class MarkdownWarmUpTest {
    private static final MarkdownOptions BREAKS = new MarkdownOptions(true, 200);
    private static final MarkdownOptions NO_BREAKS = new MarkdownOptions(false, 200);

    @Test
    @DisplayName("the same options: the renderer made ahead, once, rendering as a new one does")
    void sameOptions() {
        MarkdownWarmUp warmUp = MarkdownWarmUp.start(BREAKS);
        MarkdownRenderer renderer = warmUp.renderer(BREAKS);

        assertSame(renderer, warmUp.renderer(new MarkdownOptions(true, 200)));
        assertEquals(html(new MarkdownRenderer(BREAKS)), html(renderer));
        assertEquals("<p>a<br>\nb</p>\n", html(renderer));
    }

    @Test
    @DisplayName("other options: a renderer with those")
    void otherOptions() {
        MarkdownRenderer renderer = MarkdownWarmUp.start(BREAKS).renderer(NO_BREAKS);

        assertEquals("<p>a\nb</p>\n", html(renderer));
    }

    private static String html(MarkdownRenderer renderer) {
        return renderer.render(new MarkdownSource("a\nb\n", "post.md", 1, null)).html();
    }
}
