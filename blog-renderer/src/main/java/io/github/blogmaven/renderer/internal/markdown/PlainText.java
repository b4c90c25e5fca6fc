package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.regex.Pattern;

/** The text a reader sees in a node: markup and raw HTML tags dropped, whitespace collapsed. */
final class PlainText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    static String of(Node node) {
        String text = new TextCollectingVisitor().collectAndGetText(node);
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /** The length of {@code text} in code points, so a CJK character or an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
