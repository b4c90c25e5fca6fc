package io.github.blogmaven.renderer.internal.output;

/**
 * Encodes a page held in an array as UTF-8, as {@code String.getBytes(UTF_8)} would after {@code XmlText.clean}:
 * without the characters XML 1.0 forbids (control characters other than tab and line breaks, surrogates without
 * their pair, U+FFFE and U+FFFF), without first making it a {@code String}. Leaving them out here, in the one
 * loop that reads every character of every page anyway, spares a pass and a copy over each post's HTML before
 * the templates insert it.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The room {@link #encode} needs for {@code length} characters: three bytes each, the most one takes. */
    public static int maxBytes(int length) {
        return length * 3;
    }

    /**
     * Writes the UTF-8 bytes of {@code chars[0, length)}, but for the characters XML forbids, to the start of
     * {@code out}, which has at least {@link #maxBytes maxBytes(length)} bytes, and returns how many there are.
     */
    public static int encode(char[] chars, int length, byte[] out) {
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            // Nearly every character of a page is ASCII or takes three bytes (CJK; no surrogate, neither U+FFFE nor
            // U+FFFF). Each comes in runs, which loops of their own go through with a test or two a character: C1,
            // which compiles most of a build's code, does not do that for one loop with every case in it.
            if (c < 0x80) {
                while (true) {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out[n++] = (byte) c;
                    }
                    if (++i >= length) {
                        return n;
                    }
                    c = chars[i];
                    if (c >= 0x80) {
                        break;
                    }
                }
            }
            if (c >= 0x800 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
                while (true) {
                    out[n] = (byte) (0xE0 | c >> 12);
                    out[n + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[n + 2] = (byte) (0x80 | c & 0x3F);
                    n += 3;
                    if (++i >= length) {
                        return n;
                    }
                    c = chars[i];
                    if (!(c >= 0x800 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE)) {
                        break;
                    }
                }
                if (c < 0x80) {
                    continue;
                }
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
            }
        }
        return n;
    }
}
