package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text held out of flexmark's writer renders exactly as written through it")
class HeldTextsTest {
    private static final List<String> PIECES = List.of("中文的句子很长很长", "plain words here", " ", "  ", "\t", "\n",
            "\n\n", "a < b", "\"quoted\"", "*em*", "**strong**", "`code`", "- ", "> ", "1. ", "# ", "    ",
            "```\ncode block\n```\n", "<div>html</div>", "<!-- more -->", "trailing  \n", "\\*", "&amp;", "\u0001",
            "x", "\uE000", "[link](http://example.com)", "| a | b |\n|---|---|\n| c | d |\n");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(new TextOnly()))).build();

    @Test
    @DisplayName("random documents of text and blocks render the same held and unheld")
    void sameAsWritten() {
        for (String source : RandomMarkdown.documents(3, 3000, 40, PIECES)) {
            assertEquals(renderer.render(parser.parse(source)), held(source, HeldTexts.forSource(source.toCharArray())),
                    source);
        }
    }

    @Test
    @DisplayName("a source with the placeholder characters holds nothing")
    void privateUseCharacters() {
        assertNull(HeldTexts.forSource("a \uE002 b".toCharArray()));
        assertNull(HeldTexts.forSource("a \uE003 b".toCharArray()));
    }

    @Test
    @DisplayName("output whose placeholders are not those handed out is rendered again without holding")
    void foreignPlaceholders() {
        for (String source : List.of("ab \uE0020\uE003", "long enough text\n\n\uE0021\uE003", "\uE0029\uE003",
                "\uE002", "long enough text\n\nab\uE002", "long enough text \uE0020\uE003 held inside")) {
            assertEquals(renderer.render(parser.parse(source)), held(source, HeldTexts.forSource(new char[0])), source);
        }
    }

    private String held(String source, HeldTexts holder) {
        Document document = parser.parse(source);
        document.set(DocumentState.HELD_TEXTS, holder);
        return HeldTexts.render(renderer, document);
    }

    /** The text renderer alone, without the rest of Hexo's extension. */
    private static final class TextOnly implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new TextRenderer());
        }
    }
}
