package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pathological inputs of the CommonMark project (commonmark-spec's and cmark's {@code pathological_tests.py})
 * and more of the same kind, mostly at 50,000 repetitions where the originals use 50,000 to 65,000 (20,000 for the
 * cases that are merely large, 1,000 levels of lists as in cmark): each renders or is refused as too complex
 * within seconds, and none can kill the JVM with a {@code StackOverflowError}.
 */
@DisplayName("Pathological Markdown renders or is refused as too complex, in seconds, never overflowing the stack")
class PathologicalMarkdownTest {
    private static final Duration GENEROUSLY = Duration.ofSeconds(10);
    private static final int N = 50_000;
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions(true, 200));

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // commonmark-spec / cmark pathological_tests.py
                of("nested strong emphasis", () -> "*a **a ".repeat(N) + "b" + " a** a*".repeat(N)),
                of("many emphasis closers with no openers", () -> "a_ ".repeat(N)),
                of("many emphasis openers with no closers", () -> "_a ".repeat(N)),
                of("many link closers with no openers", () -> "a]".repeat(N)),
                of("many link openers with no closers", () -> "[a".repeat(N)),
                of("mismatched openers and closers", () -> "*a_ ".repeat(N)),
                of("openers and closers multiple of 3", () -> "a**b" + "c* ".repeat(N)),
                of("link openers and emphasis closers", () -> "[ a_".repeat(N)),
                of("hard link/emphasis case", () -> "**x [a*b**c*](d)"),
                of("nested brackets", () -> "[".repeat(N) + "a" + "]".repeat(N)),
                of("nested block quotes", () -> "> ".repeat(N) + "a"),
                of("deeply nested lists", () -> lines(1000, x -> "  ".repeat(x) + "* a\n")),
                of("U+0000 in input", () -> "abc\u0000de\u0000"),
                of("backticks", () -> lines(1000, x -> "e" + "`".repeat(x + 1))),
                of("unclosed links A", () -> "[a](<b".repeat(N)),
                of("unclosed links B", () -> "[a](b".repeat(N)),
                of("many references", () -> lines(N, x -> "[" + (x + 1) + "]: u\n") + "[0] ".repeat(N)),
                // more of the same kind
                of("unclosed link destinations", () -> "[a](".repeat(N)),
                of("runs of <!--", () -> "<!--".repeat(N)),
                of("unclosed HTML comments", () -> "<!-- a".repeat(N)),
                of("unclosed processing instructions", () -> "<?".repeat(N)),
                of("unclosed CDATA", () -> "<![CDATA[".repeat(N)),
                of("unclosed HTML tags", () -> "<a ".repeat(N)),
                of("deep link nesting", () -> "[".repeat(N) + "a" + "](b)".repeat(N)),
                of("nested images", () -> "![".repeat(N) + "a" + "](b)".repeat(N)),
                of("alternating *a **a", () -> "*a **a".repeat(N)),
                of("nested emphasis markers", () -> "*".repeat(N) + "a" + "*".repeat(N)),
                of("nested strikethrough", () -> "~~a ".repeat(N)),
                of("quotes and lists on one line", () -> "> - ".repeat(N / 5) + "a"),
                of("ordered lists on one line", () -> "1. ".repeat(N / 5) + "a"),
                of("task lists on one line", () -> "- [ ] ".repeat(N / 5) + "a"),
                of("table with many rows", () -> "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(N)),
                of("table with many columns", () -> "|a".repeat(N) + "|\n" + "|-".repeat(N) + "|\n"),
                of("many footnote references", () -> "[^a]".repeat(N) + "\n\n[^a]: x\n"),
                of("many footnote definitions", () -> lines(N, x -> "[^" + x + "]: x\n")),
                of("many backslash escapes", () -> "\\*".repeat(N)),
                of("many entities", () -> "&copy; ".repeat(N)),
                of("long autolink", () -> "http://" + "a.".repeat(N)),
                of("many www autolinks", () -> "www.a ".repeat(N)),
                of("unclosed link titles", () -> "[a]: <b> '".repeat(N)),
                of("many headings with the same id", () -> "# a\n".repeat(20_000)),
                of("many more markers", () -> "<!-- more -->\n".repeat(20_000)),
                of("many fences", () -> "```\n".repeat(N)),
                of("one long line", () -> "a".repeat(N * 20)),
                of("many soft line breaks", () -> "a\n".repeat(N)));
    }

    private static Arguments of(String name, Supplier<String> markdown) {
        return Arguments.of(name, markdown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("renders, or is refused with MarkdownTooComplexException naming the file, well within 10 s")
    void rendersOrRefusesQuickly(String name, Supplier<String> markdown) {
        String text = markdown.get();
        assertTimeoutPreemptively(GENEROUSLY, () -> {
            try {
                RenderedMarkdown rendered = RENDERER.render(new MarkdownSource(text, "source/_posts/p.md", 5, null));
                assertTrue(rendered.html() != null);
            } catch (MarkdownTooComplexException e) {
                assertEquals("source/_posts/p.md", e.sourcePath());
                assertEquals(5, e.firstLine());
                assertTrue(e.getMessage().startsWith("source/_posts/p.md:5: the Markdown is too complex to render: "),
                        e.getMessage());
            }
        }, name);
    }

    @Test
    @DisplayName("U+0000 becomes U+FFFD, as CommonMark says, instead of reaching the page")
    void nul() {
        String html = RENDERER.render(new MarkdownSource("abc\u0000de\u0000", "p.md", 1, null)).html();
        assertTrue(!html.contains("\u0000"), html);
    }

    @Test
    @DisplayName("50,000 nested quotes are refused even when rendering is asked for on a thread with a tiny stack")
    void tinyCallerStack() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(null, () -> {
            try {
                RENDERER.render(new MarkdownSource("> ".repeat(N) + "deep\n", "source/_posts/deep.md", 3, null));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tiny-stack", 128 * 1024);
        caller.start();
        caller.join(GENEROUSLY.toMillis());
        MarkdownTooComplexException e = assertThrows(MarkdownTooComplexException.class, () -> {
            throw failure.get();
        });
        assertTrue(e.reason().contains("nested"), e.reason());
    }

    @Test
    @DisplayName("real posts stay well inside every limit: 50-level lists, 1,000-row tables, 4,000 emphases, 250 KB of prose")
    void realisticDocumentsRender() {
        String nestedList = lines(50, x -> "  ".repeat(x) + "- item " + x + "\n");
        String table = "| a | b |\n|---|---|\n" + lines(1000, x -> "| " + x + " | **" + x + "** |\n");
        String emphasis = "Some *emphasis* and **strong** words. ".repeat(1000);
        String prose = lines(1500, x -> "Paragraph " + x + " with [a link](https://example.com/" + x + ") and `code`, "
                + "&amp; an entity, a \\* escape and 中文 text that goes on for a while to fill the line.\n\n");
        assertTimeoutPreemptively(GENEROUSLY, () -> {
            for (String markdown : new String[] {nestedList, table, emphasis, prose}) {
                RENDERER.render(new MarkdownSource(markdown, "p.md", 1, null));
            }
        });
        assertTrue(RENDERER.render(new MarkdownSource(nestedList, "p.md", 1, null)).html().contains("item 49"));
    }

    @Test
    @DisplayName("code fences hide their content from the limits: a thousand unclosed brackets in code are fine")
    void codeIsNotMarkdown() {
        String markdown = "```\n" + "[".repeat(1000) + "\n" + "> ".repeat(500) + "\n```\n";
        String html = RENDERER.render(new MarkdownSource(markdown, "p.md", 1, null)).html();
        assertTrue(html.startsWith("<pre><code>[[["), html.substring(0, 40));
    }

    @Test
    @DisplayName("a thematic break of many dashes is not mistaken for nested lists")
    void thematicBreak() {
        String html = RENDERER.render(new MarkdownSource("a\n\n" + "- ".repeat(400) + "\n", "p.md", 1, null)).html();
        assertTrue(html.contains("<hr"), html);
    }
}
