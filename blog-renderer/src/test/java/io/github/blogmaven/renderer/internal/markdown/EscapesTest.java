package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Escaping, unescaping and collapsing white space give flexmark's answers, with or without a change")
class EscapesTest {
    @Test
    @DisplayName("cases: nothing to change, special characters, entities, backslashes")
    void cases() {
        for (String text : List.of("", "plain", "中文 text", "/posts/1.png", "a & b", "&amp; &copy; &#x4e2d; &bogus;",
                "a < b > c \" d ' e", "\\* \\\\ \\&", "https://example.com/?a=1&b=2", " ", "a b", " a", "a ", "a  b",
                "a\tb", "a\nb", "\r", "x \n y", "nul \0")) {
            assertSame(text);
        }
    }

    @Test
    @DisplayName("random text gives the same answers")
    void randomText() {
        Random random = new Random(11);
        String alphabet = "ab 中\\&;#x4<>\"'*/:?=%\n\t\r  \0";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSame(text.toString());
        }
    }

    private static void assertSame(String text) {
        assertEquals(Escaping.escapeHtml(text, false), Escapes.html(text, false), text);
        assertEquals(Escaping.escapeHtml(text, true), Escapes.html(text, true), text);
        // as the parser hands them over: a part of the document
        BasedSequence inDocument = BasedSequence.of(WorkBudget.of("<" + text + ">")).subSequence(1, text.length() + 1);
        assertEquals(inDocument.toString(), Escapes.string(inDocument), text);
        assertEquals(inDocument.unescape(), Escapes.unescaped(inDocument), text);
        assertEquals(Escaping.escapeHtml(inDocument, true), Escapes.html(inDocument, true), text);
        assertEquals(Escaping.collapseWhitespace(inDocument, true), Escapes.collapsedWhitespace(inDocument), text);
    }
}
