package io.github.blogmaven.renderer.internal.output;

import java.util.Arrays;

/**
 * Encodes text held in an array as UTF-8, byte for byte as {@code String.getBytes(UTF_8)} does (a surrogate
 * without its pair becomes {@code ?}), without first making it a {@code String}.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The UTF-8 bytes of {@code chars[0, length)}. */
    public static byte[] encode(char[] chars, int length) {
        byte[] out = new byte[length * 3];
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i++];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i < length ? chars[i] : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int code = Character.toCodePoint(c, low);
                    i++;
                    out[n++] = (byte) (0xF0 | code >> 18);
                    out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                    out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | code & 0x3F);
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
