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
        // The strings of the templates' model pass here, titles, URLs and dates, nearly always with nothing to leave
        // out: they are looked at in place, and copied only when something goes.
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (!isAllowedAlone(text.charAt(i))) {
                return without(text, i);
            }
        }
        return text;
    }

    // The allowed characters outside surrogate pairs, the common ones first.
    private static boolean isAllowedAlone(char c) {
        return c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c > 0xDFFF && c < 0xFFFE;
    }

    /** {@code text} without the characters XML forbids, the first of which may be at {@code first}. */
    private static String without(String text, int first) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAllowedAlone(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i++;
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }
}
