package io.github.blogmaven.model.internal;

import java.util.Optional;

/**
 * Finds the front-matter block of a file as hexo-front-matter's {@code split} does.
 *
 * <ul>
 *   <li>A file whose first line is a fence ({@code ---} or {@code ;;;}, three or more characters) has front
 *       matter up to the next line that repeats that exact fence. Unlike Hexo, an immediately closed
 *       ({@code ---\n---}) block counts as empty front matter, and trailing blanks after a fence are allowed.
 *   <li>A file that opens with a fence and never closes it has no front matter at all.
 *   <li>Otherwise the first fence line ends a fence-less block, which the parser keeps only if it parses as a
 *       map.
 * </ul>
 */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {
    }

    /** The outcome: a block, or none, and whether an opening fence was left unclosed. */
    record Split(Optional<FrontMatterBlock> block, boolean unclosedFence) {
    }

    static Split split(String text) {
        int firstEnd = lineEnd(text, 0);
        String opening = fence(text.substring(0, firstEnd));
        if (opening != null) {
            Optional<FrontMatterBlock> block = fenced(text, opening, firstEnd);
            return new Split(block, block.isEmpty());
        }
        return new Split(fenceless(text), false);
    }

    private static Optional<FrontMatterBlock> fenced(String text, String opening, int firstEnd) {
        if (firstEnd >= text.length()) {
            return Optional.empty();
        }
        int rawStart = firstEnd + 1;
        int lineStart = rawStart;
        int line = 2;
        while (lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            if (opening.equals(fence(text.substring(lineStart, end)))) {
                String raw = lineStart == rawStart ? "" : text.substring(rawStart, lineStart - 1);
                return Optional.of(new FrontMatterBlock(format(opening), true, raw, 2, bodyStart(text, end),
                        line + 1));
            }
            if (end >= text.length()) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        return Optional.empty();
    }

    private static Optional<FrontMatterBlock> fenceless(String text) {
        int lineStart = lineEnd(text, 0) + 1;
        int line = 2;
        while (lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            String separator = fence(text.substring(lineStart, end));
            if (separator != null) {
                String raw = text.substring(0, lineStart - 1);
                if (raw.isBlank()) {
                    return Optional.empty();
                }
                return Optional.of(new FrontMatterBlock(format(separator), false, raw, 1, bodyStart(text, end),
                        line + 1));
            }
            if (end >= text.length()) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /** The fence a line is ({@code ---}, {@code ;;;;}...), ignoring trailing blanks, or null. */
    static String fence(String line) {
        String trimmed = stripTrailingBlanks(line);
        if (trimmed.length() < 3) {
            return null;
        }
        char c = trimmed.charAt(0);
        if (c != '-' && c != ';') {
            return null;
        }
        for (int i = 1; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != c) {
                return null;
            }
        }
        return trimmed;
    }

    private static String stripTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static FrontMatterBlock.Format format(String fence) {
        return fence.charAt(0) == ';' ? FrontMatterBlock.Format.JSON : FrontMatterBlock.Format.YAML;
    }

    /** Where the text after the line ending at {@code lineEnd} starts: its end when there is none. */
    private static int bodyStart(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
