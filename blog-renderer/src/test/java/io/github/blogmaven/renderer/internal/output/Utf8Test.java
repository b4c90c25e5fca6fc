package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.blogmaven.renderer.internal.theme.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UTF-8 from an array")
class Utf8Test {
    private static final String PIECES = "aZ<>&\"\n\t\r\u0000\u0007\u001f\u00e9\u00ff\u0100\u07ff\u0800\u4e2d\u6587"
            + "\ufffd\ufffe\uffff\ud83d\ude00\ud800\udbff\udc00\udfff";

    @Test
    @DisplayName("gives the bytes String.getBytes gives once XmlText.clean has left out what XML forbids, lone "
            + "surrogates included, whatever the array's spare room")
    void sameAsString() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                        : PIECES.charAt(random.nextInt(PIECES.length()));
            }
            int length = chars.length == 0 ? 0 : random.nextInt(chars.length + 1);
            String text = new String(chars, 0, length);
            byte[] out = new byte[Utf8.maxBytes(length) + random.nextInt(3)];
            int written = Utf8.encode(chars, length, out);
            assertArrayEquals(XmlText.clean(text).getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out, written), text);
        }
    }
}
