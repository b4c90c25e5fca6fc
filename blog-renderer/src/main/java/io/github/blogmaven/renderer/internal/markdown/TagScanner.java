package io.github.blogmaven.renderer.internal.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code {% name args %}} tags of a Markdown body (and block tags up to their {@code {% endname %}}),
 * where Hexo's own pass finds them ({@code PostRenderEscape.escapeAllSwigTags} after the
 * {@code backtick_code_block} filter): not inside fenced code blocks, inline code spans or HTML comments. In a code
 * span only {@code {% raw %}...{% endraw %}} counts, as in Hexo, where it is the way to show tag syntax there.
 *
 * <p>{@code {{ ... }}} and {@code {# ... #}} are text here (Hexo would evaluate or drop them), but what they
 * enclose is skipped like Hexo skips it, so a {@code %}} inside them ends no tag.
 *
 * <p>One pass over the text; fences are matched through an index of closing lines, so no input makes it quadratic.
 */
final class TagScanner {
    /** What was found. */
    enum Kind {
        /** A tag, or a block tag with its body. */
        TAG,
        /** A block tag whose end tag is missing. */
        UNCLOSED,
        /** {@code {% raw %}...{% endraw %}} inside a code span: the body stays, the markers go. */
        RAW_IN_CODE
    }

    /**
     * One tag of the source.
     *
     * @param start the offset of its {@code {%}
     * @param end the offset after its last {@code %}} (after the end tag for a block)
     * @param name the tag name
     * @param arguments the text between the name and {@code %}}
     * @param body the text between the tag and its end tag, or {@code null}
     * @param bodyStart the offset of the body, or -1
     */
    record Found(Kind kind, int start, int end, String name, String arguments, String body, int bodyStart) {
    }

    // Hexo's rBacktick, line by line: an opening fence after up to three '>' or a list marker
    private static final Pattern OPENING_FENCE = Pattern.compile(
            "^((?:(?:[ \\t]*>){0,3}|[-*+]|[0-9]+\\.)[ \\t]*)(`{3,}|~{3,})[ \\t]*((?:.*?[^`\\s])?)[ \\t]*$");
    /** A longer {@code {% ... %}} is no tag: real ones are a line, and this bounds the work of a stray one. */
    private static final int MAX_TAG_LENGTH = 4096;
    private static final Pattern CLOSING_FENCE = Pattern.compile("^(?:(?:[ \\t]*>){0,3}[ \\t]*)(`{3,}|~{3,})[ \\t]?$");

    private final String text;
    private final Set<String> blockNames;
    private final List<Found> found = new ArrayList<>();
    private final Map<String, int[]> endTags = new HashMap<>();
    private final int[] fenceStarts;
    private final int[] fenceEnds;
    /** The offset of every {@code %}}, so finding the end of a tag never rescans the text. */
    private final int[] closes;

    private TagScanner(String text, Set<String> blockNames) {
        this.text = text;
        this.blockNames = blockNames;
        List<int[]> fences = fences(text);
        this.fenceStarts = fences.stream().mapToInt(f -> f[0]).toArray();
        this.fenceEnds = fences.stream().mapToInt(f -> f[1]).toArray();
        List<Integer> closeOffsets = new ArrayList<>();
        for (int i = text.indexOf("%}"); i >= 0; i = text.indexOf("%}", i + 2)) {
            closeOffsets.add(i);
        }
        this.closes = closeOffsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The tags of {@code text} in source order, never overlapping.
     *
     * @param blockNames the names of tags that take a body up to {@code {% end<name> %}}
     */
    static List<Found> scan(String text, Set<String> blockNames) {
        if (text.indexOf("{%") < 0) {
            return List.of();
        }
        TagScanner scanner = new TagScanner(text, blockNames);
        scanner.run();
        return scanner.found;
    }

    private void run() {
        int n = text.length();
        int fence = 0;
        int i = 0;
        while (i < n) {
            while (fence < fenceStarts.length && fenceEnds[fence] <= i) {
                fence++;
            }
            if (fence < fenceStarts.length && fenceStarts[fence] == i) {
                i = fenceEnds[fence];
                continue;
            }
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (c == '`' && (i == 0 || text.charAt(i - 1) != '\\')) {
                i = codeSpan(i);
            } else if (c == '<' && text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
            } else if (c == '{' && next == '{') {
                i = variable(i);
            } else if (c == '{' && next == '#') {
                int close = text.indexOf("#}", i + 2);
                i = close < 0 ? i + 1 : close + 2;
            } else if (c == '{' && next == '%') {
                i = tag(i);
            } else {
                i++;
            }
        }
    }

    // A code span as Hexo's scanner sees one: a run of backticks up to a run as long, not across a blank line.
    private int codeSpan(int start) {
        int n = text.length();
        int ticks = run(start, '`');
        int i = start + ticks;
        List<Found> raws = new ArrayList<>();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                return start + ticks;
            }
            if (c == '{' && text.startsWith("{%", i)) {
                Found raw = rawInCode(i);
                if (raw != null) {
                    raws.add(raw);
                    i = raw.end();
                    continue;
                }
            }
            if (c == '`') {
                int length = run(i, '`');
                if (length == ticks) {
                    found.addAll(raws);
                    return i + length;
                }
                i += length;
                continue;
            }
            i++;
        }
        return start + ticks;
    }

    private Found rawInCode(int start) {
        int close = nextClose(start + 2);
        if (close < 0 || close - start > MAX_TAG_LENGTH || !text.substring(start + 2, close).strip().equals("raw")) {
            return null;
        }
        int[] end = endTag(close + 2, "raw");
        if (end == null) {
            return null;
        }
        return new Found(Kind.RAW_IN_CODE, start, end[1], "raw", "", text.substring(close + 2, end[0]), close + 2);
    }

    // {{ ... }}: text, skipped up to "}}" outside quotes; a lone "}" ends it too, as in Hexo
    private int variable(int start) {
        int n = text.length();
        char quote = 0;
        for (int i = start + 2; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            } else if (c == '}' && quote == 0) {
                return i + 1 < n && text.charAt(i + 1) == '}' ? i + 2 : i + 1;
            }
        }
        return start + 1;
    }

    private int tag(int start) {
        int close = tagEnd(start + 2, true);
        if (close < 0) {
            // an apostrophe in an unquoted argument ("Author's") must not swallow the rest of the post
            close = tagEnd(start + 2, false);
        }
        if (close < 0) {
            return start + 1;
        }
        String inner = text.substring(start + 2, close);
        String name = name(inner);
        if (name.isEmpty()) {
            return start + 1;
        }
        String arguments = inner.strip().substring(name.length());
        int after = close + 2;
        if (!blockNames.contains(name)) {
            found.add(new Found(Kind.TAG, start, after, name, arguments, null, -1));
            return after;
        }
        int[] end = endTag(after, name);
        if (end == null) {
            found.add(new Found(Kind.UNCLOSED, start, after, name, arguments, null, -1));
            return after;
        }
        found.add(new Found(Kind.TAG, start, end[1], name, arguments, text.substring(after, end[0]), after));
        return end[1];
    }

    private int tagEnd(int from, boolean quotes) {
        if (!quotes) {
            int close = nextClose(from);
            return close - from > MAX_TAG_LENGTH ? -1 : close;
        }
        int n = Math.min(text.length(), from + MAX_TAG_LENGTH);
        char quote = 0;
        for (int i = from; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (quotes && (c == '"' || c == '\'')) {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            } else if (c == '%' && text.charAt(i + 1) == '}' && quote == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code {% end<name> %}} from {@code from}: its start and end offsets, or {@code null}. */
    private int[] endTag(int from, String name) {
        int[] ends = endTags.computeIfAbsent(name, this::endTagOffsets);
        int at = Arrays.binarySearch(ends, from);
        int index = at >= 0 ? at : -at - 1;
        if (index >= ends.length) {
            return null;
        }
        int open = ends[index];
        return new int[] {open, nextClose(open + 2) + 2};
    }

    // Where each "{% end<name> %}" starts, found in one pass over the text.
    private int[] endTagOffsets(String name) {
        String end = "end" + name;
        List<Integer> offsets = new ArrayList<>();
        for (int open = text.indexOf("{%"); open >= 0; open = text.indexOf("{%", open + 2)) {
            int close = nextClose(open + 2);
            if (close < 0) {
                break;
            }
            if (close - open <= MAX_TAG_LENGTH && text.substring(open + 2, close).strip().equals(end)) {
                offsets.add(open);
            }
        }
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    private int nextClose(int from) {
        int at = Arrays.binarySearch(closes, from);
        int index = at >= 0 ? at : -at - 1;
        return index < closes.length ? closes[index] : -1;
    }

    private static String name(String inner) {
        String stripped = inner.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }

    private int run(int from, char c) {
        int i = from;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /**
     * The fenced code blocks as Hexo's {@code backtick_code_block} filter finds them: from an opening fence to
     * the first later line holding the same fence, as {@code [start, end)} offsets of whole lines. An opening
     * fence that is never closed is no code block.
     */
    static List<int[]> fences(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) {
            return List.of();
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new int[] {start, end});
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        Map<String, int[]> closings = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        String[] closingFence = new String[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (line.indexOf("``") >= 0 || line.indexOf("~~") >= 0) {
                Matcher closing = CLOSING_FENCE.matcher(line);
                if (closing.matches()) {
                    closingFence[k] = closing.group(1);
                    counts.merge(closing.group(1), 1, Integer::sum);
                }
            }
        }
        counts.forEach((fence, count) -> closings.put(fence, new int[count]));
        Map<String, Integer> filled = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            if (closingFence[k] != null) {
                int slot = filled.merge(closingFence[k], 1, Integer::sum) - 1;
                closings.get(closingFence[k])[slot] = k;
            }
        }
        List<int[]> fences = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (line.indexOf("``") < 0 && line.indexOf("~~") < 0) {
                continue;
            }
            Matcher opening = OPENING_FENCE.matcher(line);
            if (!opening.matches()) {
                continue;
            }
            int[] candidates = closings.get(opening.group(2));
            if (candidates == null) {
                continue;
            }
            int at = Arrays.binarySearch(candidates, k + 1);
            int index = at >= 0 ? at : -at - 1;
            if (index >= candidates.length) {
                continue;
            }
            int closeLine = candidates[index];
            int end = lines.get(closeLine)[1];
            fences.add(new int[] {lines.get(k)[0], end < text.length() ? end + 1 : end});
            k = closeLine;
        }
        return fences;
    }
}
