package io.github.blogmaven.renderer.internal.markdown;

import java.util.Arrays;

/** Where the lines of a text start, to turn an offset into a line and column. */
final class LineStarts {
    private LineStarts() {
    }

    /** The offset of the first character of every line of {@code text}: 0, then each one after a {@code \\n}. */
    static int[] of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int eol = text.indexOf('\n'); eol >= 0; eol = text.indexOf('\n', eol + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = eol + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
