package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * flexmark's escaping, unescaping and white-space collapsing, with their answer for text that has nothing to change
 * found by a plain loop. flexmark runs a regular expression or copies the text character by character every time,
 * and the URL, alt text and attributes of every image and the text of every code span and heading pass here: most
 * of them have nothing to change.
 */
final class Escapes {
    private Escapes() {
    }

    /** {@link Escaping#escapeHtml(CharSequence, boolean)}: {@code & < > "} escaped, entities kept if asked. */
    static String html(CharSequence text, boolean keepEntities) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(text, keepEntities);
            }
        }
        return string(text);
    }

    /** {@link BasedSequence#unescape()}: backslash escapes and character references resolved. */
    static String unescaped(BasedSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&') {
                return text.unescape();
            }
        }
        return string(text);
    }

    /**
     * {@link Escaping#collapseWhitespace(CharSequence, boolean) Escaping.collapseWhitespace(text, true)}: each run of
     * blanks and line breaks one space, none at either end, as a code span's text is shown.
     */
    static String collapsedWhitespace(CharSequence text) {
        String s = string(text);
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == ' ' && previous == ' ') {
                return Escaping.collapseWhitespace(s, true);
            }
            previous = c;
        }
        return previous == ' ' ? Escaping.collapseWhitespace(s, true) : s;
    }

    /** {@code text.toString()}, read at once where flexmark would read it a character at a time. */
    static String string(CharSequence text) {
        return text instanceof BasedSequence chars ? DocumentText.run(chars).toString() : text.toString();
    }
}
