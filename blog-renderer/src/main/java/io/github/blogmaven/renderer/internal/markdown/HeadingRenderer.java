package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Map;
import java.util.Set;

/**
 * Renders a heading as hexo-renderer-marked does, so Hexo themes' {@code toc()} and anchor CSS work:
 * {@code <h2 id="x"><a href="#x" class="headerlink" title="Text"></a>Text</h2>}.
 */
final class HeadingRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, HeadingRenderer::render));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private static void render(com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
        Heading heading = heading(node, context.getDocument());
        if (heading == null) {
            context.delegateRender();
            return;
        }
        HeldTexts held = DocumentState.HELD_TEXTS.get(context.getDocument());
        // a heading of plain text is held in one piece, as a paragraph is (ParagraphRenderer)
        String placeholder = held == null ? null : held.placeholder(html(node, heading));
        html.line();
        if (placeholder != null) {
            html.raw(placeholder);
        } else {
            html.raw(open(node, heading));
            context.renderChildren(node);
            html.raw(close(node));
        }
        html.line();
    }

    /** The HTML of {@code node} when it is written in one piece here; null when it is not. */
    static String html(com.vladsch.flexmark.ast.Heading node, Document document) {
        Heading heading = heading(node, document);
        return heading == null ? null : html(node, heading);
    }

    private static String html(com.vladsch.flexmark.ast.Heading node, Heading heading) {
        String inside = PlainInlines.html(node, null);
        return inside == null ? null : open(node, heading) + inside + close(node);
    }

    private static Heading heading(com.vladsch.flexmark.ast.Heading node, Document document) {
        Map<com.vladsch.flexmark.util.ast.Node, Heading> headings = DocumentState.HEADINGS.get(document);
        return headings == null ? null : headings.get(node);
    }

    private static String open(com.vladsch.flexmark.ast.Heading node, Heading heading) {
        String id = Escapes.html(heading.id(), false);
        return "<h" + node.getLevel() + " id=\"" + id + "\"><a href=\"#" + id + "\" class=\"headerlink\" title=\""
                + Escapes.html(heading.text(), false) + "\"></a>";
    }

    private static String close(com.vladsch.flexmark.ast.Heading node) {
        return "</h" + node.getLevel() + ">";
    }
}
