package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paragraphs written in one piece render exactly as flexmark writes them")
class ParagraphRendererTest {
    private static final List<String> PIECES = List.of("中文的句子很长很长", "plain words", " ", "  ", "\t", "\n", "\n\n",
            "**", "*", "_", "__", "~~", "`", "``", "code", "a < b > c", "\"q\"", "'", "&", "&amp;", "&#x4e2d;", "\\*",
            "\\", "[link](/a)", "![img](b.jpg)", "<br>", "<span>x</span>", "- ", "> ", "1. ", "# ", "    ", "|",
            "| a | b |\n|---|---|\n", "<!-- more -->", "https://example.com", "trailing  \n", "\u0001", "\u00a0",
            "\u3000", "x", "end.", "![]( x.png )", "![a *b* &amp; \"c\" <d>](<e f.png>)", "![中文](图片.png)",
            "![t](t.png \"title\")", "![q](q.png?a=1&b=\"2\")", "![p](%E4%B8%AD.png)", "![l](https://x.org/a b)",
            "![r][ref]", "\n\n[ref]: /r.png\n\n", "![n](javascript:alert(1))", "![`c`](c.png)", "[*a* `b`](/x \"t\")",
            "[中文](/中 文)", "[a](<b c>)", "[x](https://e.org/?a=1&b=2)", "[](/empty)", "[l](javascript:x)",
            "[![i](i.png)](/big.png)", "[**粗**](#frag)", "[x][ref]", "<https://auto.example>");

    private final MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(StrikethroughExtension.create(), new HexoMarkdownExtension(false)));
    private final Parser parser = Parser.builder(options).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(options).build();

    @Test
    @DisplayName("random documents render the same through the paragraph writer and through flexmark")
    void sameAsFlexmark() {
        for (String source : RandomMarkdown.documents(5, 5000, 30, PIECES)) {
            assertEquals(renderer.render(parser.parse(source)), held(source), source);
        }
    }

    @Test
    @DisplayName("whole documents with headings render the same through the Markdown renderer held and unheld")
    void headingsAndParagraphsHeldOrNot() {
        MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(false, 200));
        // a source with a placeholder character holds nothing; in a comment after a blank line it changes nothing
        String unheld = "\n\n<!-- \uE002 -->\n";
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(Collections.nCopies(PIECES.size() / 3, "\n\n## "));
        int compared = 0;
        for (String source : RandomMarkdown.documents(7, 3000, 30, pieces)) {
            String held = markdown.render(new MarkdownSource(source, "post.md", 1, null)).html();
            String plain = markdown.render(new MarkdownSource(source + unheld, "post.md", 1, null)).html();
            String comment = unheld.strip() + "\n";
            if (plain.endsWith(comment)) {
                assertEquals(held, plain.substring(0, plain.length() - comment.length()), source);
                compared++;
            }
        }
        assertTrue(compared > 2500, compared + " compared");
    }

    @Test
    @DisplayName("text, bold, emphasis, code, strikethrough, images and links are written here, but not without a context")
    void whatIsWritten() {
        assertEquals("于<strong>Redis创始人</strong>和<em>斜体</em>，<code>a &lt; b</code>与<del>删除</del>",
                PlainInlines.html(paragraph("于**Redis创始人**和*斜体*，`a < b`与~~删除~~"), null));
        assertNull(PlainInlines.html(paragraph("见[链接](/a)"), null));
        assertEquals("<p>见<a href=\"/a?b=1&amp;c\">链<em>接</em></a></p>\n", held("见[链*接*](/a?b=1&c)"));
        assertEquals("<p>图 <img src=\"a.png\" alt=\"一 &amp; 二\" /></p>\n", held("图 ![一 & 二](a.png)"));
        assertEquals("<p>于<strong>Redis创始人</strong>共同</p>\n", held("于**Redis创始人**共同"));
    }

    private Paragraph paragraph(String markdown) {
        Paragraph paragraph = (Paragraph) parser.parse(markdown).getFirstChild();
        assertNotNull(paragraph);
        return paragraph;
    }

    private String held(String source) {
        Document document = parser.parse(source);
        document.set(DocumentState.HELD_TEXTS, HeldTexts.forSource(source.toCharArray()));
        return HeldTexts.render(renderer, document);
    }
}
