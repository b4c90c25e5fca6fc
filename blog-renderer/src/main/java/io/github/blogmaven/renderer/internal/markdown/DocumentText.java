package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark sequence as a {@code String}. flexmark's own {@code toString} reads them one
 * {@code charAt} at a time through its sequence classes (and the work budget), several calls a character in C1
 * code; a sequence that is one run of the document is copied from its base at once.
 */
final class DocumentText {
    private DocumentText() {
    }

    /**
     * The characters of {@code chars}, U+0000 made U+FFFD as flexmark reads it; a sequence spliced from several
     * places is read character by character.
     */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof CharSequence base) {
            String text = base.subSequence(chars.getStartOffset(), chars.getEndOffset()).toString();
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}
