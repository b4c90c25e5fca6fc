package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The excerpt: before {@code <!-- more -->} as in Hexo (fact 5), else whole leading blocks up to a length. */
class ExcerptTest {
    private static RenderedMarkdown render(String markdown, int autoExcerptLength) {
        return new MarkdownRenderer(new MarkdownOptions(true, autoExcerptLength))
                .render(new MarkdownSource(markdown, "post.md", 1, new LinkContext("/", "posts/", null, p -> false, null)));
    }

    private static RenderedMarkdown render(String markdown) {
        return render(markdown, 200);
    }

    @Nested
    @DisplayName("with a <!-- more --> marker")
    class Marker {
        @ParameterizedTest
        @ValueSource(strings = {"<!-- more -->", "<!--more-->", "<!-- MORE -->", "<!--  More\t-->"})
        @DisplayName("the excerpt is the HTML before the marker, trimmed")
        void variants(String marker) {
            RenderedMarkdown rendered = render("# Title\n\nIntro.\n\n" + marker + "\n\nBody.\n");

            assertEquals("<h1 id=\"Title\"><a href=\"#Title\" class=\"headerlink\" title=\"Title\"></a>Title</h1>\n"
                    + "<p>Intro.</p>", rendered.excerpt());
            assertTrue(rendered.excerptIsPartial());
            assertTrue(rendered.html().contains("<p>Intro.</p>\n<span id=\"more\"></span>\n<p>Body.</p>"),
                    rendered.html());
        }

        @Test
        @DisplayName("a marker standing alone: the excerpt is what the text before it renders as, and it is not in "
                + "the page; a document spelling out the internal end mark is cut as usual")
        void cutFromThePage() {
            java.util.Random random = new java.util.Random(6);
            String[] blocks = {"Intro with **bold**, `code` and *em*.", "## 小标题", "- one\n- two\n\n  more", "> quoted\n> text",
                    "```java\nint x = 1;\n```", "| a | b |\n|---|---|\n| 1 | 2 |", "![img](a/1.jpg)",
                    "[link](../other/) and https://example.com", "<div class=\"raw\">raw</div>", "1. first\n2. second",
                    "中文段落，含有``双反引号` 代码``和 ***粗斜体***。", "    indented code", "<!-- a comment -->",
                    "Text with footnote-like [^1] brackets and \\`escaped`."};
            for (int i = 0; i < 150; i++) {
                StringBuilder before = new StringBuilder();
                for (int n = random.nextInt(5); n >= 0; n--) {
                    before.append(blocks[random.nextInt(blocks.length)]).append("\n\n");
                }
                String after = blocks[random.nextInt(blocks.length)] + "\n";
                RenderedMarkdown rendered = render(before + "<!-- more -->\n\n" + after);

                assertEquals(render(before.toString()).html().trim(), rendered.excerpt(), before.toString());
                assertFalse(rendered.html().contains(Excerpts.END), rendered.html());
                assertTrue(rendered.html().contains("<span id=\"more\"></span>"), rendered.html());
            }
            RenderedMarkdown spelled = render("A " + Excerpts.END + "\n\n<!-- more -->\n\nB\n");
            assertEquals("<p>A " + Excerpts.END + "</p>", spelled.excerpt());
            assertEquals("<p>A " + Excerpts.END + "</p>\n<span id=\"more\"></span>\n<p>B</p>\n", spelled.html());
        }

        @Test
        @DisplayName("only the first marker counts")
        void firstMarkerOnly() {
            RenderedMarkdown rendered = render("A\n\n<!-- more -->\n\nB\n\n<!-- more -->\n\nC\n");

            assertEquals("<p>A</p>", rendered.excerpt());
            assertEquals("<p>A</p>\n<span id=\"more\"></span>\n<p>B</p>\n<!-- more -->\n<p>C</p>\n", rendered.html());
        }

        @Test
        @DisplayName("inside a paragraph, the excerpt keeps the paragraph's start and closes it")
        void insideParagraph() {
            RenderedMarkdown rendered = render("First **bold** words <!-- more --> rest of it.\n\nNext.\n");

            assertEquals("<p>First <strong>bold</strong> words</p>", rendered.excerpt());
            assertEquals("<p>First <strong>bold</strong> words <span id=\"more\"></span> rest of it.</p>\n"
                    + "<p>Next.</p>\n", rendered.html());
        }

        @Test
        @DisplayName("inside a list, the excerpt keeps the items before it")
        void insideList() {
            RenderedMarkdown rendered = render("- one\n- two <!-- more --> more\n- three\n\nAfter.\n");

            assertEquals("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", rendered.excerpt());
        }

        @Test
        @DisplayName("inside a quote as a block, the excerpt keeps what precedes it in the quote")
        void insideQuote() {
            RenderedMarkdown rendered = render("> quoted\n>\n> <!-- more -->\n>\n> hidden\n");

            assertEquals("<blockquote>\n<p>quoted</p>\n</blockquote>", rendered.excerpt());
        }

        @Test
        @DisplayName("inside the author's raw HTML block, the excerpt keeps that HTML up to the marker, as Hexo does")
        void insideRawHtml() {
            RenderedMarkdown rendered = render("<p>raw intro</p>\n<!-- more -->\n<p>raw body</p>\n");

            assertEquals("<p>raw intro</p>", rendered.excerpt());
            assertEquals("<p>raw intro</p>\n<span id=\"more\"></span>\n<p>raw body</p>\n", rendered.html());
        }

        @Test
        @DisplayName("at the very start, the excerpt is empty but still partial")
        void atStart() {
            RenderedMarkdown rendered = render("<!-- more -->\n\nBody.\n");

            assertEquals("", rendered.excerpt());
            assertTrue(rendered.excerptIsPartial());
        }

        @Test
        @DisplayName("footnotes are not part of the excerpt")
        void footnotesLeftOut() {
            RenderedMarkdown rendered = render("A[^1].\n\n<!-- more -->\n\nB.\n\n[^1]: note\n");

            assertFalse(rendered.excerpt().contains("footnotes"), rendered.excerpt());
            assertTrue(rendered.html().contains("<div class=\"footnotes\">"));
        }

        @Test
        @DisplayName("links in the excerpt are resolved like the page's")
        void linksInExcerpt() {
            assertEquals("<p><a href=\"/x.html\">x</a> <img src=\"/y.png\" alt=\"y\" /></p>",
                    render("[x](x.html) ![y](y.png)\n\n<!-- more -->\n").excerpt());
        }
    }

    @Nested
    @DisplayName("without a marker (automatic excerpt)")
    class Automatic {
        private static final String TEN_CJK = "一二三四五六七八九十";

        @Test
        @DisplayName("the page and excerpt come from one render: the page is what the text renders as, the excerpt "
                + "what some leading blocks render as on their own; a document spelling out the end mark renders twice")
        void oneRender() {
            java.util.Random random = new java.util.Random(8);
            String[] blocks = {"Intro with **bold**, `code` and *em*.", "## 小标题", "- one\n- two\n\n  more",
                    "> quoted\n> text", "```java\nint x = 1;\n```", "| a | b |\n|---|---|\n| 1 | 2 |",
                    "![img](a/1.jpg)", "[link](../other/) and https://example.com", "<div class=\"raw\">raw</div>",
                    "1. first\n2. second", "中文段落，含有``双反引号` 代码``和 ***粗斜体***。" + TEN_CJK.repeat(3),
                    "    indented code", "<!-- a comment -->", "A footnote[^1].\n\n[^1]: The note.",
                    "[ref]: /posts/ref/", "Text with a [reference][ref]."};
            for (int i = 0; i < 120; i++) {
                List<String> chosen = new ArrayList<>();
                for (int n = random.nextInt(6); n >= 0; n--) {
                    chosen.add(blocks[random.nextInt(blocks.length)]);
                }
                String markdown = String.join("\n\n", chosen) + "\n";
                RenderedMarkdown rendered = render(markdown, 1 + random.nextInt(120));

                // the page as the marker's render writes it, without the marker's line
                String withMarker = render(markdown + "\n<!-- more -->\n").html();
                String span = "<span id=\"more\"></span>\n";
                int at = withMarker.lastIndexOf(span);
                assertEquals(withMarker.substring(0, at) + withMarker.substring(at + span.length()), rendered.html(),
                        markdown);
                // an excerpt leaves out the footnotes, which a document renders at its end
                Set<String> prefixes = new HashSet<>();
                for (int k = 0; k <= chosen.size(); k++) {
                    String html = render(String.join("\n\n", chosen.subList(0, k)) + "\n").html();
                    int footnotes = html.indexOf("<div class=\"footnotes\">");
                    prefixes.add((footnotes < 0 ? html : html.substring(0, footnotes)).trim());
                }
                assertTrue(prefixes.contains(rendered.excerpt()), markdown + "\n=> " + rendered.excerpt());
            }
            RenderedMarkdown spelled = render("A " + Excerpts.END + "\n\nB\n", 1);
            assertEquals("<p>A " + Excerpts.END + "</p>", spelled.excerpt());
            assertEquals("<p>A " + Excerpts.END + "</p>\n<p>B</p>\n", spelled.html());
            assertTrue(spelled.excerptIsPartial());
        }

        @Test
        @DisplayName("takes whole blocks until their text reaches the length, counting a CJK character once")
        void cjkCountsOnce() {
            String markdown = TEN_CJK + "\n\n" + TEN_CJK + "\n\n" + TEN_CJK + "\n";

            RenderedMarkdown rendered = render(markdown, 20);

            assertEquals("<p>" + TEN_CJK + "</p>\n<p>" + TEN_CJK + "</p>", rendered.excerpt());
            assertTrue(rendered.excerptIsPartial());
        }

        @Test
        @DisplayName("never cuts inside a block")
        void wholeBlocks() {
            RenderedMarkdown rendered = render(TEN_CJK.repeat(5) + "\n\n" + TEN_CJK + "\n", 20);

            assertEquals("<p>" + TEN_CJK.repeat(5) + "</p>", rendered.excerpt());
            assertTrue(rendered.excerptIsPartial());
        }

        @Test
        @DisplayName("stops at the first block that reaches the length")
        void blockBoundary() {
            String markdown = "## 标题\n\n" + TEN_CJK + "\n\n- 一\n- 二\n\n后文\n";

            RenderedMarkdown rendered = render(markdown, 12);

            assertEquals("<h2 id=\"标题\"><a href=\"#标题\" class=\"headerlink\" title=\"标题\"></a>标题</h2>\n<p>"
                    + TEN_CJK + "</p>", rendered.excerpt());
        }

        @Test
        @DisplayName("takes at least one block")
        void atLeastOneBlock() {
            RenderedMarkdown rendered = render("<!-- a comment -->\n\n" + TEN_CJK + "\n\nMore.\n", 0);

            assertEquals("<!-- a comment -->\n<p>" + TEN_CJK + "</p>", rendered.excerpt());
            assertTrue(rendered.excerptIsPartial());
        }

        @Test
        @DisplayName("is the whole content, not partial, when everything fits")
        void shortPost() {
            RenderedMarkdown rendered = render("Short.\n\n[ref]: x.html\n", 200);

            assertEquals("<p>Short.</p>", rendered.excerpt());
            assertFalse(rendered.excerptIsPartial());
            assertEquals("<p>Short.</p>\n", rendered.html());
        }

        @Test
        @DisplayName("is empty for a document without content")
        void emptyDocument() {
            for (String markdown : new String[] {"", "\n\n", "[ref]: x.html\n"}) {
                RenderedMarkdown rendered = render(markdown);
                assertEquals("", rendered.excerpt());
                assertEquals("", rendered.html());
                assertFalse(rendered.excerptIsPartial());
                assertTrue(rendered.toc().isEmpty());
            }
        }
    }
}
