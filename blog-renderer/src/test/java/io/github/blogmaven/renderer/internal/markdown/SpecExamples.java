package io.github.blogmaven.renderer.internal.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a spec file in the CommonMark spec's format: under a {@code ## section}, a fence of 32
 * backticks followed by {@code example} and optional words, the Markdown, a line holding only {@code .}, the
 * expected HTML, and the closing fence.
 *
 * @param name the section and the example's line, with its options, for test names
 * @param markdown the input
 * @param html the expected output
 * @param options the words after {@code example}, such as {@code breaks=false}
 */
record SpecExamples(String name, String markdown, String html, String options) {
    private static final String FENCE = "`".repeat(32);
    private static final String OPENING = FENCE + " example";

    @Override
    public String toString() {
        return name;
    }

    /** Every example of the spec file at {@code resource} on the test classpath. */
    static List<SpecExamples> read(String resource) {
        List<SpecExamples> examples = new ArrayList<>();
        String section = "";
        List<String> lines = text(resource).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3);
            } else if (line.startsWith(OPENING)) {
                String options = line.substring(OPENING.length()).strip();
                int start = i + 1;
                StringBuilder markdown = new StringBuilder();
                for (i = start; !lines.get(i).equals("."); i++) {
                    markdown.append(lines.get(i)).append('\n');
                }
                StringBuilder html = new StringBuilder();
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    html.append(lines.get(i)).append('\n');
                }
                String name = section + ", line " + start + (options.isEmpty() ? "" : " (" + options + ")");
                examples.add(new SpecExamples(name, markdown.toString(), html.toString(), options));
            }
        }
        return examples;
    }

    private static String text(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
