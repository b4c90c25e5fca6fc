package io.github.blogmaven.renderer.internal.output;

/**
 * Encodes text held in an array as UTF-8, byte for byte as {@code String.getBytes(UTF_8)} does (a surrogate
 * without its pair becomes {@code ?}), without first making it a {@code String}.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The room {@link #encode} needs for {@code length} characters: three bytes each, the most one takes. */
    public static int maxBytes(int length) {
        return length * 3;
    }

    /**
     * Writes the UTF-8 bytes of {@code chars[0, length)} to the start of {@code out}, which has at least
     * {@link #maxBytes maxBytes(length)} bytes, and returns how many there are.
     */
    public static int encode(char[] chars, int length, byte[] out) {
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            // the two cases of nearly every character of a page: ASCII, and CJK (three bytes, no surrogate)
            if (c < 0x80) {
                out[n] = (byte) c;
                n++;
                i++;
                continue;
            }
            if (c >= 0x800 && !Character.isSurrogate(c)) {
                out[n] = (byte) (0xE0 | c >> 12);
                out[n + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n + 2] = (byte) (0x80 | c & 0x3F);
                n += 3;
                i++;
                continue;
            }
            i++;
            if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(chars[i])) {
                int code = Character.toCodePoint(c, chars[i]);
                i++;
                out[n++] = (byte) (0xF0 | code >> 18);
                out[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | code & 0x3F);
            } else {
                out[n++] = '?';
            }
        }
        return n;
    }
}
