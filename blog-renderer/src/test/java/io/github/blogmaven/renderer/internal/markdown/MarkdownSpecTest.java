package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of {@code markdown/rendering.spec.md}: Markdown in, HTML out. A new rendering case is a new
 * example in that file.
 */
class MarkdownSpecTest {
    private static final String SPEC = "/markdown/rendering.spec.md";

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(SpecExamples example) {
        boolean breaks = !example.options().contains("breaks=false");
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(breaks, 200));
        LinkContext links = new LinkContext("/", "posts/", null, path -> false, null);

        String html = renderer.render(new MarkdownSource(example.markdown(), "spec.md", 1, links)).html();

        assertEquals(example.html(), html);
    }

    @Test
    void specHasExamples() {
        assertFalse(examples().toList().isEmpty());
    }

    static Stream<SpecExamples> examples() {
        return SpecExamples.read(SPEC).stream();
    }
}
