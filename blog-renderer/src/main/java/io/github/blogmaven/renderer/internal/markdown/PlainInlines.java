package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML of inline content made only of plain text, emphasis, strong emphasis, code spans and strikethrough,
 * exactly as flexmark's core and strikethrough renderers write it with the renderer's options (no attribute
 * provider adds to these tags, code spans keep no line breaks), but built in one {@code StringBuilder}.
 */
final class PlainInlines {
    private PlainInlines() {
    }

    /** The HTML of {@code parent}'s children, or null when one of them is a node not written here. */
    static String html(Node parent) {
        StringBuilder out = new StringBuilder();
        return appendChildren(parent, out) ? out.toString() : null;
    }

    private static boolean appendChildren(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                out.append(TextRenderer.html((Text) node));
            } else if (type == Code.class) {
                // the core's code span without soft line breaks in code, the parser's default
                out.append("<code>")
                        .append(Escaping.escapeHtml(Escaping.collapseWhitespace(((Code) node).getText(), true), false))
                        .append("</code>");
            } else if (!appendWrapped(node, type, out)) {
                return false;
            }
        }
        return true;
    }

    private static boolean appendWrapped(Node node, Class<?> type, StringBuilder out) {
        String tag = type == StrongEmphasis.class ? "strong" : type == Emphasis.class ? "em"
                : type == Strikethrough.class ? "del" : null;
        if (tag == null) {
            return false;
        }
        out.append('<').append(tag).append('>');
        if (!appendChildren(node, out)) {
            return false;
        }
        out.append("</").append(tag).append('>');
        return true;
    }
}
