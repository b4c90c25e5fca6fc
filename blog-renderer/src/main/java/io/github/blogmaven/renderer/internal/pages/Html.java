package io.github.blogmaven.renderer.internal.pages;

/** The little HTML text handling views need: escaping text, and the text of a fragment. */
public final class Html {
    private Html() {
    }

    /** {@code text} escaped for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text of an HTML fragment: each tag replaced by a space, common entities decoded, runs of ASCII whitespace
     * made one space, the ends stripped. Plain loops rather than regular expressions: every post's excerpt passes
     * here, mostly before the JIT's optimizing compiler has seen this class.
     */
    public static String text(String html) {
        String text = withoutTags(html).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return collapseWhitespace(text).strip();
    }

    // Each "<...>" becomes a space; a "<" without a ">" after it is text.
    private static String withoutTags(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (lt >= 0) {
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                break;
            }
            out.append(html, from, lt).append(' ');
            from = gt + 1;
            lt = html.indexOf('<', from);
        }
        return out.append(html, from, html.length()).toString();
    }

    // As the regular expression \s+ replaced by " ": space, tab, line feed, vertical tab, form feed, carriage return.
    private static String collapseWhitespace(String text) {
        char[] chars = text.toCharArray();
        StringBuilder out = null;
        for (int i = 0; i < chars.length; i++) {
            if (!isSpace(chars[i])) {
                if (out != null) {
                    out.append(chars[i]);
                }
                continue;
            }
            int end = i + 1;
            while (end < chars.length && isSpace(chars[end])) {
                end++;
            }
            if (out == null && (end - i > 1 || chars[i] != ' ')) {
                out = new StringBuilder(chars.length).append(chars, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** At most {@code max} code points of {@code text}, with {@code …} when cut. */
    public static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }
}
