package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Map;
import java.util.Set;

/**
 * Renders a heading as hexo-renderer-marked does, so Hexo themes' {@code toc()} and anchor CSS work:
 * {@code <h2 id="x"><a href="#x" class="headerlink" title="Text"></a>Text</h2>}.
 */
final class HeadingRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, this::render));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void render(com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
        Map<com.vladsch.flexmark.util.ast.Node, Heading> headings = DocumentState.HEADINGS.get(context.getDocument());
        Heading heading = headings == null ? null : headings.get(node);
        if (heading == null) {
            context.delegateRender();
            return;
        }
        String tag = "h" + node.getLevel();
        String id = Escapes.html(heading.id(), false);
        String open = "<" + tag + " id=\"" + id + "\"><a href=\"#" + id + "\" class=\"headerlink\" title=\""
                + Escapes.html(heading.text(), false) + "\"></a>";
        String close = "</" + tag + ">";
        HeldTexts held = DocumentState.HELD_TEXTS.get(context.getDocument());
        String inside = held == null ? null : PlainInlines.html(node, null);
        // a heading of plain text is held in one piece, as a paragraph is (ParagraphRenderer)
        String placeholder = inside == null ? null : held.placeholder(open + inside + close);
        html.line();
        if (placeholder != null) {
            html.raw(placeholder);
        } else {
            html.raw(open);
            context.renderChildren(node);
            html.raw(close);
        }
        html.line();
    }
}
