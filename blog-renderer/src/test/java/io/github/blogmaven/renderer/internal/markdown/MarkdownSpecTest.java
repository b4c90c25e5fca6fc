package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    private static final String FENCE = "`".repeat(32);

    record Example(String name, String markdown, String html, boolean breaks) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(Example example) {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(example.breaks(), 200));
        LinkContext links = new LinkContext("/", "posts/", null, path -> false, null);

        String html = renderer.render(new MarkdownSource(example.markdown(), "spec.md", 1, links)).html();

        assertEquals(example.html(), html);
    }

    @Test
    void specHasExamples() {
        assertFalse(examples().toList().isEmpty());
    }

    static Stream<Example> examples() {
        List<Example> examples = new ArrayList<>();
        String section = "";
        List<String> lines = readSpec().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3);
            } else if (line.startsWith(FENCE + " example")) {
                int start = i + 1;
                StringBuilder markdown = new StringBuilder();
                for (i = start; !lines.get(i).equals("."); i++) {
                    markdown.append(lines.get(i)).append('\n');
                }
                StringBuilder html = new StringBuilder();
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    html.append(lines.get(i)).append('\n');
                }
                String name = section + ", line " + start + (line.contains("breaks=false") ? " (breaks: false)" : "");
                examples.add(new Example(name, markdown.toString(), html.toString(),
                        !line.contains("breaks=false")));
            }
        }
        return examples.stream();
    }

    private static String readSpec() {
        try (InputStream in = MarkdownSpecTest.class.getResourceAsStream(SPEC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
