package io.github.blogmaven.renderer.internal.theme;

/** Text as XML 1.0 (and so HTML) can carry it. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * {@code text} without the characters XML 1.0 forbids: control characters other than tab and line breaks,
     * unpaired surrogates, U+FFFE and U+FFFF. Pasted text sometimes has them, and one would make a whole feed
     * unreadable. Escaping is the template's job.
     */
    public static String clean(String text) {
        // Read as an array: the HTML of every post passes here, mostly before the JIT's optimizing compiler has
        // seen this loop, where String.charAt costs an encoding and a bounds check per character.
        char[] chars = text.toCharArray();
        StringBuilder out = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // The allowed characters outside surrogate pairs, the common ones first.
            if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c > 0xDFFF && c < 0xFFFE) {
                if (out != null) {
                    out.append(c);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length
                    && Character.isLowSurrogate(chars[i + 1])) {
                if (out != null) {
                    out.append(c).append(chars[i + 1]);
                }
                i++;
            } else if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
        }
        return out == null ? text : out.toString();
    }
}
