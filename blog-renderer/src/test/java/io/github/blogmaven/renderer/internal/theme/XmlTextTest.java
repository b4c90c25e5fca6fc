package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    @DisplayName("characters XML 1.0 forbids are dropped from template text; everything else is kept")
    void xmlText() {
        assertEquals("ab\tc\nd", XmlText.clean("a\u0008b\tc\nd\u000b"));
        assertEquals("中文😀", XmlText.clean("中文😀"));
        assertEquals("x", XmlText.clean("x\ud800"));
        assertEquals("yz", XmlText.clean("y\uffffz"));
        assertEquals("a\u2028b", XmlText.clean("a\u2028b"), "U+2028 is legal XML; JSON output escapes it");
        String clean = "nothing to drop";
        assertSame(clean, XmlText.clean(clean), "no copy when nothing changes");
    }

    @Test
    @DisplayName("clean keeps exactly the code points of XML 1.0's Char production, on random text")
    void agreesWithTheXmlCharProduction() {
        Random random = new Random(42);
        char[] alphabet = {'a', '中', '\t', '\n', '\r', '\u0000', '\u001f', ' ', '\ud7ff', '\ud800', '\udbff',
            '\udc00', '\udfff', '\ue000', '\ufffd', '\ufffe', '\uffff'};
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            String input = new String(text);
            StringBuilder expected = new StringBuilder();
            input.codePoints().filter(XmlTextTest::isXmlChar).forEach(expected::appendCodePoint);
            assertEquals(expected.toString(), XmlText.clean(input), () -> input.chars()
                    .mapToObj(c -> String.format("%04x", c)).toList().toString());
        }
    }

    /** XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
