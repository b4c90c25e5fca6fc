package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark sequence, read at once. flexmark's own {@code charAt} and {@code toString} read them
 * one call at a time through its sequence classes (and the work budget), several calls a character in C1 code.
 */
final class DocumentText {
    private DocumentText() {
    }

    /**
     * The characters {@code chars[start, end)}, read but never changed: for a sequence that is one run of the
     * document, the document's own array, so that looking at a paragraph copies nothing.
     */
    record Run(char[] chars, int start, int end) {
        int length() {
            return end - start;
        }

        /** The offset from {@link #start} of the first {@code c} at or after offset {@code from}, or -1. */
        int indexOf(char c, int from) {
            for (int i = start + Math.max(from, 0); i < end; i++) {
                if (chars[i] == c) {
                    return i - start;
                }
            }
            return -1;
        }

        char charAt(int index) {
            return chars[start + index];
        }

        @Override
        public String toString() {
            return new String(chars, start, end - start);
        }
    }

    /**
     * The characters of {@code chars}, U+0000 made U+FFFD as flexmark reads it: a view of the document (which
     * {@link WorkBudget} holds) for a run of it, else a copy read character by character.
     */
    static Run run(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof WorkBudget budget) {
            int offset = budget.offset();
            return new Run(budget.array(), offset + chars.getStartOffset(), offset + chars.getEndOffset());
        }
        char[] copy = chars.toString().toCharArray();
        return new Run(copy, 0, copy.length);
    }
}
