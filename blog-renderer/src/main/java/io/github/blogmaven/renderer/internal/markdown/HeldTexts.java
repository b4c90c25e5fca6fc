package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML of text nodes, kept out of flexmark's HTML writer while a document renders and put back into its output
 * afterwards. The writer handles every character it is given on its own, through several calls, to track lines
 * and indentation; for a post's running text, which is most of its HTML, none of that changes anything, yet it was
 * the largest single cost of writing a post's HTML. The writer gets a short placeholder instead: {@code U+E002},
 * the text's number, {@code U+E003}.
 *
 * <p>Only text that the writer would pass through unchanged is held: no line break or tab in it, and no blank or
 * control character at either end (where the writer trims lines); or lines of such text that would each have been
 * written on a line of their own ({@link #holdLines}). A document whose source has either
 * private-use character renders without holding anything; and output whose placeholders are not exactly those
 * handed out, in order, is rendered again without them, so the result is always what the writer alone would
 * have made. One instance serves one render call on one thread.
 */
final class HeldTexts {
    // Not U+E000, which Excerpts.END uses.
    private static final char OPEN = '\uE002';
    private static final char CLOSE = '\uE003';
    /** Shorter text is cheaper to write than to hold. */
    private static final int MIN_LENGTH = 8;

    private final List<String> texts = new ArrayList<>();
    private boolean holding;

    private HeldTexts() {
    }

    /**
     * What holds the text of a document with the source {@code markdown}; null when it cannot. One pass over the
     * characters, which the renderer has as an array already.
     */
    static HeldTexts forSource(char[] markdown) {
        for (char c : markdown) {
            if (c == OPEN || c == CLOSE) {
                return null;
            }
        }
        return new HeldTexts();
    }

    /** {@code node} rendered by {@code renderer}, its text held while it renders if its document has a holder. */
    static String render(HtmlRenderer renderer, Node node) {
        HeldTexts held = DocumentState.HELD_TEXTS.get(node.getDocument());
        return held == null ? renderer.render(node) : held.renderHolding(renderer, node);
    }

    private String renderHolding(HtmlRenderer renderer, Node node) {
        texts.clear();
        holding = true;
        String html;
        try {
            html = restore(renderer.render(node));
        } finally {
            holding = false;
        }
        return html != null ? html : renderer.render(node);
    }

    /** What to write for the text {@code html}: a placeholder when it is worth holding, else {@code html}. */
    String hold(String html) {
        String placeholder = placeholder(html);
        return placeholder != null ? placeholder : html;
    }

    /**
     * The placeholder to write for {@code html}, which is then held; null when it is not worth holding or would
     * not pass through the writer unchanged (or is null), and is not held.
     */
    String placeholder(String html) {
        if (!holding || html == null || html.length() < MIN_LENGTH || !passesUnchanged(html)) {
            return null;
        }
        return held(html);
    }

    /** Whether the writer, given {@code html}, would write it as it is: no line break or tab, no blank at an end. */
    static boolean passesUnchanged(String html) {
        return !html.isEmpty() && html.charAt(0) > ' ' && html.charAt(html.length() - 1) > ' '
                && html.indexOf('\n') < 0 && html.indexOf('\t') < 0;
    }

    /** {@link #passesUnchanged(String)} for the text of {@code html} from {@code start} on, read where it is. */
    static boolean passesUnchanged(StringBuilder html, int start) {
        return hasTextAtBothEnds(html, start, html.length()) && html.indexOf("\n", start) < 0
                && html.indexOf("\t", start) < 0;
    }

    /**
     * Whether each line of {@code html} from {@code start} on (they end at {@code \n}) {@link #passesUnchanged
     * passes unchanged}: what the writer, given the text at the start of a line, leaves as it is.
     */
    static boolean linesPassUnchanged(StringBuilder html, int start) {
        if (html.indexOf("\t", start) >= 0) {
            return false;
        }
        int from = start;
        for (int end = html.indexOf("\n", from); end >= 0; end = html.indexOf("\n", from)) {
            if (!hasTextAtBothEnds(html, from, end)) {
                return false;
            }
            from = end + 1;
        }
        return hasTextAtBothEnds(html, from, html.length());
    }

    // The writer trims a line of blanks and control characters at both ends.
    private static boolean hasTextAtBothEnds(StringBuilder html, int start, int end) {
        return start < end && html.charAt(start) > ' ' && html.charAt(end - 1) > ' ';
    }

    /** Whether text given to {@link #hold}, {@link #placeholder} or {@link #holdLines} is held now. */
    boolean isHolding() {
        return holding;
    }

    /**
     * The placeholder to write, between two {@code line()} calls, for {@code lines}: texts that each
     * {@link #passesUnchanged pass unchanged}, joined by {@code \n}, which the writer would have been given one by
     * one, each between two {@code line()} calls. Only while {@link #isHolding holding}.
     */
    String holdLines(String lines) {
        if (!holding) {
            throw new IllegalStateException("not holding");
        }
        return held(lines);
    }

    private String held(String text) {
        texts.add(text);
        return OPEN + Integer.toString(texts.size() - 1) + CLOSE;
    }

    /** {@code html} with the held texts put back; null unless its placeholders are exactly those handed out. */
    private String restore(String html) {
        int open = html.indexOf(OPEN);
        if (open < 0) {
            return texts.isEmpty() ? html : null;
        }
        int length = html.length();
        for (String text : texts) {
            length += text.length();
        }
        StringBuilder out = new StringBuilder(length);
        int from = 0;
        int next = 0;
        while (open >= 0) {
            String number = Integer.toString(next);
            int close = open + 1 + number.length();
            if (next >= texts.size() || close >= html.length() || html.charAt(close) != CLOSE
                    || !html.startsWith(number, open + 1)) {
                return null;
            }
            out.append(html, from, open).append(texts.get(next));
            next++;
            from = close + 1;
            open = html.indexOf(OPEN, from);
        }
        return next == texts.size() ? out.append(html, from, html.length()).toString() : null;
    }
}
