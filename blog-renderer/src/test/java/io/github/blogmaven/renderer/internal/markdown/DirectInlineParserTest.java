package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delimiter runs are classified as flexmark's patterns classify them")
class DirectInlineParserTest {
    private static final List<String> TOKENS = List.of("*", "**", "***", "_", "__", "~~", "~", "中文", "，", "。",
            "（", "）", "「", "」", "“", "”", " ", "\u3000", "\u00a0", "\t", "\n", "word", "Redis", "-", "—", ".", "(",
            ")", "[", "]", "`", "\\", "!", "<", ">", "&", "'", "\"", "1", "é", "\u2028", "\uD83D\uDE00", "\u0000",
            "[r]: /x\n", "[r]", "[a](/b)", "\n\n");

    private final HtmlRenderer html = HtmlRenderer.builder(options()).build();
    private final Parser stock = Parser.builder(options()).build();
    private final Parser runs = runs();

    @Test
    @DisplayName("every character is whitespace or punctuation exactly when flexmark's pattern says so")
    void characterClasses() {
        Parsing parsing = new Parsing(options());
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = String.valueOf(c);
            assertEquals(parsing.UNICODE_WHITESPACE_CHAR.matcher(text).matches(), DirectInlineParser.isWhitespace(c),
                    () -> "whitespace U+" + Integer.toHexString(text.charAt(0)));
            assertEquals(parsing.PUNCTUATION.matcher(text).matches(), DirectInlineParser.isPunctuation(c),
                    () -> "punctuation U+" + Integer.toHexString(text.charAt(0)));
        }
    }

    @Test
    @DisplayName("random text with emphasis, strikethrough, CJK and punctuation renders as with the stock parser")
    void sameAsStock() {
        for (String text : RandomMarkdown.documents(17, 5000, 40, TOKENS)) {
            String expected = html.render(stock.parse(text));
            assertEquals(expected, html.render(runs.parse(text)), text);
            // as the renderer parses: from the work budget, whose array the parser then reads directly
            assertEquals(expected, html.render(runs.parse(BasedSequence.of(WorkBudget.of(text)))), text);
        }
    }

    @Test
    @DisplayName("random links and images, with and without titles and angle brackets, render as with the stock parser")
    void linksAsStock() {
        List<String> pieces = List.of("[", "]", "![", "](", "(", ")", "<", ">", "/u", "a b", " ", "  ", "\t", "\n",
                "\r\n", "\r", "\"t\"", "'t'", "(t)", "\"", "'", "\\", "\\)", "中文", "[r]: /x\n", "[r]", "\n\n");
        for (String text : RandomMarkdown.documents(31, 5000, 30, pieces)) {
            String expected = html.render(stock.parse(text));
            assertEquals(expected, html.render(runs.parse(BasedSequence.of(WorkBudget.of(text)))), text);
        }
    }

    @Test
    @DisplayName("a parser handed on from document to document parses each as a new one, also after failed parses")
    void handedOnAfterFailures() {
        java.util.Random random = new java.util.Random(3);
        for (String text : RandomMarkdown.documents(23, 2000, 40, TOKENS)) {
            if (random.nextInt(3) == 0) {
                int reads = random.nextInt(Math.max(1, text.length() * 4));
                try {
                    runs.parse(BasedSequence.of(new FailingText(text, reads)));
                } catch (IllegalStateException expected) {
                    // the parse stopped part way, as when a document's work budget runs out
                }
            }
            assertEquals(html.render(stock.parse(text)), html.render(runs.parse(text)), text);
        }
    }

    /** Text whose reads fail after a number of them. */
    private static final class FailingText implements CharSequence {
        private final String text;
        private int reads;

        FailingText(String text, int reads) {
            this.text = text;
            this.reads = reads;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (reads-- <= 0) {
                throw new IllegalStateException("out of reads");
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new FailingText(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    @DisplayName("bold inside Chinese text, the reference post's case")
    void boldInChinese() {
        assertEquals("<p>于<strong>Redis创始人</strong>共同，<em>斜体</em>。</p>\n",
                html.render(runs.parse("于**Redis创始人**共同，*斜体*。")));
    }

    private static Parser runs() {
        Parser.Builder builder = Parser.builder(options());
        DirectInlineParser.Pool.install(builder);
        return builder.build();
    }

    private static MutableDataSet options() {
        return new MutableDataSet().set(Parser.EXTENSIONS, new ArrayList<Extension>(
                List.of(StrikethroughExtension.create())));
    }
}
