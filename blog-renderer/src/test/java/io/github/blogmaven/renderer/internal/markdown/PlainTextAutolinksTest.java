package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Autolinks are looked for only in text that can hold one, and found as before")
class PlainTextAutolinksTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(false, 200));

    @Test
    @DisplayName("text with a colon, an at sign or www. may hold a link; other text may not")
    void marks() {
        for (String text : List.of("see https://example.com", "mail me@example.com", "go to www.example.com",
                "WWW.EXAMPLE.COM", "a: b", "wWw.x")) {
            assertTrue(PlainTextAutolinks.mayHoldLink(BasedSequence.of(text)), text);
        }
        for (String text : List.of("中文的正文，没有链接。", "plain words", "ww.x", "www", "wwwx", "w.w.w.", "...")) {
            assertFalse(PlainTextAutolinks.mayHoldLink(BasedSequence.of(text)), text);
        }
    }

    @Test
    @DisplayName("bare URLs, www. addresses and e-mail addresses still become links, in CJK text too")
    void links() {
        assertEquals("<p>见 <a href=\"https://example.com/a\">https://example.com/a</a> 和 "
                + "<a href=\"http://www.example.com\">www.example.com</a> 或写信给 "
                + "<a href=\"mailto:me@example.com\">me@example.com</a> 。</p>\n",
                render("见 https://example.com/a 和 www.example.com 或写信给 me@example.com 。"));
        assertEquals("<p>没有链接的中文段落。</p>\n", render("没有链接的中文段落。"));
    }

    private String render(String text) {
        return markdown.render(new MarkdownSource(text, "test.md", 1, null)).html();
    }

    @Test
    @DisplayName("random text with URLs, addresses, entities, code and links renders as with flexmark's extension")
    void sameAsExtension() {
        List<Extension> stock = List.of(AutolinkExtension.create());
        List<Extension> ours = List.of(new PlainTextAutolinks());
        Parser stockParser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, stock)).build();
        Parser ourParser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, ours)).build();
        HtmlRenderer html = HtmlRenderer.builder().build();
        List<String> pieces = List.of("https://example.com/a?b=1", "&amp;c=2", "www.example.org", "me@example.com",
                "中文", " ", "\n", "\n\n", "`code http://x.y`", "[link](http://a.b)", "<http://c.d>", "**", "_",
                "&copy;", "&#64;", "a: b", "- ", "> ", "http://", "ftp://f.g/h", "(", ")", ".",
                "<span>www.q.r</span>");
        List<String> texts = new ArrayList<>(RandomMarkdown.documents(17, 3000, 20, pieces));
        // an address whose @ is an entity, in a document with no other :, @ or www.
        texts.addAll(List.of("写信给 me&#64;example.com 吧", "me&#x40;example.com", "a&#64;b.org&amp;x"));
        for (String text : texts) {
            assertEquals(html.render(stockParser.parse(text)), html.render(ourParser.parse(text)), text);
        }
    }
}
