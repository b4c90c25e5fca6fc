package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Runs of paragraphs and headings written as one text render exactly as block by block")
class BlockRunsTest {
    /** Blocks, most of them written in one piece, and the others that break a run. */
    private static final List<String> BLOCKS = List.of("中文的段落很长很长，于**Redis创始人**和*斜体*。",
            "plain words `code` and ~~gone~~", "图 ![一 & 二](a.png)", "![](b.png)", "见[链*接*](/a?b=1&c)",
            "## 标题 **粗**", "# Title", "### h3 `code`", "## 重复", "## 重复", "<!-- more -->",
            "前文 <!-- more --> 后文", "```java\nint x = 1;\n```", "    indented code", "- one\n- two",
            "1. first\n2. second", "> quoted *text*", "| a | b |\n|---|---|\n| c | d |", "<div>raw</div>", "---",
            "text with[^1] a note\n\n[^1]: the note", "line one\nline two", "hard  \nbreak", "a\tb", "trailing  ",
            "  leading", "<span>inline</span> html", "&amp; entity", "[ref][r]\n\n[r]: /r", "x", "");

    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(false, 20));

    @Test
    @DisplayName("random documents render the same page, excerpt and partial flag with runs and without holding")
    void sameWithAndWithoutRuns() {
        // A source with a placeholder character holds nothing; in a comment block at its end it changes nothing
        // before it.
        String unheld = "\n\n<!-- \uE002 -->\n";
        String comment = unheld.strip() + "\n";
        int compared = 0;
        int excerpts = 0;
        List<String> pieces = BLOCKS.stream().map(block -> block + "\n\n").toList();
        for (String source : RandomMarkdown.documents(11, 1500, 14, pieces)) {
            RenderedMarkdown held = render(source);
            RenderedMarkdown plain = render(source + unheld);
            if (!plain.html().endsWith(comment)) {
                continue;
            }
            assertEquals(plain.html().substring(0, plain.html().length() - comment.length()), held.html(), source);
            compared++;
            if (!plain.excerpt().contains("\uE002")) {
                assertEquals(plain.excerpt(), held.excerpt(), source);
                assertEquals(plain.excerptIsPartial(), held.excerptIsPartial(), source);
                excerpts++;
            }
        }
        assertTrue(compared > 1100, compared + " compared");
        assertTrue(excerpts > 600, excerpts + " excerpts compared");
    }

    @Test
    @DisplayName("a run between other blocks, a marker and an excerpt cut inside a paragraph")
    void mixedDocuments() {
        RenderedMarkdown page =
                render("第一段。\n\n## 小节\n\n第二段 **粗**。\n\n<!-- more -->\n\n第三段。\n\n```\ncode\n```\n\n第四段。");
        assertEquals("<p>第一段。</p>\n<h2 id=\"小节\"><a href=\"#小节\" class=\"headerlink\" title=\"小节\"></a>小节</h2>\n"
                + "<p>第二段 <strong>粗</strong>。</p>\n<span id=\"more\"></span>\n<p>第三段。</p>\n"
                + "<pre><code>code\n</code></pre>\n<p>第四段。</p>\n", page.html());
        assertEquals("<p>第一段。</p>\n<h2 id=\"小节\"><a href=\"#小节\" class=\"headerlink\" title=\"小节\"></a>小节</h2>\n"
                + "<p>第二段 <strong>粗</strong>。</p>", page.excerpt());
        RenderedMarkdown cut = render("前一段。\n\n一段 <!-- more --> 之后。\n\n后一段。");
        assertEquals("<p>前一段。</p>\n<p>一段</p>", cut.excerpt());
        assertEquals("<p>前一段。</p>\n<p>一段 <span id=\"more\"></span> 之后。</p>\n<p>后一段。</p>\n", cut.html());
    }

    private RenderedMarkdown render(String source) {
        // on this thread: the documents nest a few levels at most
        return markdown.renderInPlace(new MarkdownSource(source, "post.md", 1, null));
    }
}
