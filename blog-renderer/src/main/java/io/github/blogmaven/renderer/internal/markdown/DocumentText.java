package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.sequence.builder.BasedSegmentBuilder;
import com.vladsch.flexmark.util.sequence.builder.Seg;

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
     * {@link WorkBudget} holds) for a run of it; a copy made a segment at a time for text joined from several runs
     * (a paragraph of several lines, each without its indentation); else a copy read character by character.
     */
    static Run run(BasedSequence chars) {
        if (chars.getBase() instanceof WorkBudget budget) {
            if (chars instanceof SubSequence) {
                int offset = budget.offset();
                return new Run(budget.array(), offset + chars.getStartOffset(), offset + chars.getEndOffset());
            }
            if (chars instanceof SegmentedSequence) {
                Run joined = joined(chars, budget);
                if (joined != null) {
                    return joined;
                }
            }
        }
        char[] copy = chars.toString().toCharArray();
        return new Run(copy, 0, copy.length);
    }

    /**
     * The characters of a segmented sequence over {@code budget}, copied segment by segment: its {@code charAt}
     * finds the segment of each character through a thread-local cache, several calls a character. Null if the
     * segments do not add up to the sequence (not expected; the caller then reads it character by character).
     */
    private static Run joined(BasedSequence chars, WorkBudget budget) {
        BasedSegmentBuilder segments = BasedSegmentBuilder.emptyBuilder(chars.getBaseSequence(), 0);
        chars.addSegments(segments);
        char[] copy = new char[chars.length()];
        char[] document = budget.array();
        int offset = budget.offset();
        CharSequence text = segments.getText();
        int at = 0;
        for (Seg seg : segments.getSegments()) {
            int length = seg.length();
            if (at + length > copy.length) {
                return null;
            }
            if (seg.isBase()) {
                System.arraycopy(document, offset + seg.getStart(), copy, at, length);
            } else if (seg.isText()) {
                for (int i = 0; i < length; i++) {
                    copy[at + i] = text.charAt(seg.getTextStart() + i);
                }
            }
            at += length;
        }
        return at == copy.length ? new Run(copy, 0, copy.length) : null;
    }
}
