package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes the inside of a paragraph of plain text, emphasis, code spans and strikethrough, most paragraphs of a
 * post, in one piece: built in a {@code StringBuilder} and held out of flexmark's writer ({@link HeldTexts}), where
 * flexmark would write it tag by tag, each through the writer's line tracking and attribute providers. The
 * paragraph's own tags still go through the writer. The HTML is what flexmark's core writes for these nodes with
 * the renderer's options; anything else in the paragraph (a link, an image, a line break, inline HTML, a tag
 * plugin, an entity), a paragraph in a list item, and a document without a holder go to flexmark's renderer.
 */
final class ParagraphRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, ParagraphRenderer::render));
    }

    private static void render(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        HeldTexts held = DocumentState.HELD_TEXTS.get(node.getDocument());
        String placeholder = held == null || node.getParent() instanceof ParagraphItemContainer ? null
                : held.placeholder(inside(node));
        if (placeholder == null) {
            context.delegateRender();
            return;
        }
        html.srcPosWithEOL(node.getChars()).withAttr().tagLine("p", () -> html.raw(placeholder));
    }

    /** The HTML inside {@code paragraph}, or null when it holds a node not written here. */
    static String inside(Paragraph paragraph) {
        StringBuilder out = new StringBuilder();
        return appendChildren(paragraph, out) ? out.toString() : null;
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
