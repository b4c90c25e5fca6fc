package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * flexmark's escaping and unescaping, with their answer for text that has nothing to change found by a plain loop.
 * flexmark runs a regular expression over the text every time, and the URL, alt text and attributes of every image
 * and the text of every code span and heading pass here: most of them have nothing to change.
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
        return text.toString();
    }

    /** {@link BasedSequence#unescape()}: backslash escapes and character references resolved. */
    static String unescaped(BasedSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&') {
                return text.unescape();
            }
        }
        return text.toString();
    }
}
