package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.regex.Pattern;

/** The text a reader sees in a node: markup and raw HTML tags dropped, whitespace collapsed. */
final class PlainText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * The longest node whose text is collected exactly. flexmark's text collector takes time quadratic in the
     * number of backslash escapes of a node (100,000 took 17 s); beyond this size, where only the excerpt's
     * length check and absurdly long headings ask, the node's own characters stand in for its text.
     */
    static final int MAX_EXACT = 16 * 1024;

    private PlainText() {
    }

    static String of(Node node) {
        String text = onlyText(node);
        if (text == null) {
            text = node.getChars().length() > MAX_EXACT ? node.getChars().toString()
                    : new TextCollectingVisitor().collectAndGetText(node);
        }
        return isCollapsed(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /**
     * The text of a node whose one child is a text node without a backslash, an ampersand or a carriage return,
     * such as most headings: its characters, which is what flexmark's collector gives for it (unescaping them
     * would change nothing), without the collector's visitor and builder; null for any other node.
     */
    private static String onlyText(Node node) {
        Node child = node.getFirstChild();
        if (child == null || child.getNext() != null || child.getClass() != Text.class
                || child.getChars().length() > MAX_EXACT) {
            return null;
        }
        DocumentText.Run run = DocumentText.run(child.getChars());
        char[] chars = run.chars();
        for (int i = run.start(); i < run.end(); i++) {
            char c = chars[i];
            if (c == '\\' || c == '&' || c == '\r') {
                return null;
            }
        }
        return run.toString();
    }

    /** Whether {@code text} is as collapsing its whitespace and trimming it leaves it: then no pattern need run. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? previous == ' ' : c <= '\r' && c >= '\t') {
                return false; // two spaces, or a tab, line feed, vertical tab, form feed or carriage return
            }
            previous = c;
        }
        return true;
    }

    /** The length of {@code text} in code points, so a CJK character or an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
