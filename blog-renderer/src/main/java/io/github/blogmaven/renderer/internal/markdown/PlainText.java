package io.github.blogmaven.renderer.internal.markdown;

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
        String text = node.getChars().length() > MAX_EXACT ? node.getChars().toString()
                : new TextCollectingVisitor().collectAndGetText(node);
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /** The length of {@code text} in code points, so a CJK character or an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
