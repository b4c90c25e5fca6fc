package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Renders a newline inside a paragraph.
 *
 * <p>With {@code breaks} (Hexo's default) it is a {@code <br>}. Without, it is a newline, which a browser shows
 * as a space; between two Chinese or Japanese characters that space would be a typo, so there the newline is
 * dropped, as authors who wrap their lines expect (see {@link Cjk} for why Korean keeps it).
 */
final class SoftBreakRenderer implements NodeRenderer {
    static final String BREAK = "<br>\n";

    private final boolean breaks;
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, this::render));

    SoftBreakRenderer(boolean breaks) {
        this.breaks = breaks;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
        String output = output(node, breaks);
        if (!output.isEmpty()) {
            html.raw(output);
        }
    }

    /** What is written for {@code node}, with or without {@code breaks}. */
    static String output(SoftLineBreak node, boolean breaks) {
        return breaks ? BREAK : joins(node) ? "" : "\n";
    }

    private static boolean joins(SoftLineBreak node) {
        return Cjk.joinsWithoutSpace(lastCodePoint(node.getPrevious()))
                && Cjk.joinsWithoutSpace(firstCodePoint(node.getNext()));
    }

    // The text nearest the break: inside emphasis or a link the innermost last (or first) text node.
    private static int lastCodePoint(Node node) {
        Node current = node;
        while (current != null) {
            if (current instanceof Text) {
                String text = current.getChars().toString().stripTrailing();
                return text.isEmpty() ? -1 : text.codePointBefore(text.length());
            }
            current = current.getLastChild();
        }
        return -1;
    }

    private static int firstCodePoint(Node node) {
        Node current = node;
        while (current != null) {
            if (current instanceof Text) {
                String text = current.getChars().toString().stripLeading();
                return text.isEmpty() ? -1 : text.codePointAt(0);
            }
            current = current.getFirstChild();
        }
        return -1;
    }
}
