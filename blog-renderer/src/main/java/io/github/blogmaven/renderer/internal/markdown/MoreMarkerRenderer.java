package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Renders the raw HTML node that holds the {@code <!-- more -->} marker: in the page, with the marker replaced by
 * Hexo's {@code <span id="more"></span>}; in the excerpt, only what precedes the marker. Every other raw HTML
 * node is passed through by flexmark's own renderer.
 */
final class MoreMarkerRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers = RawHtmlHandlers.of(MoreMarkerRenderer::render);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private static void render(Node node, NodeRendererContext context, HtmlWriter html) {
        Document document = context.getDocument();
        if (DocumentState.MORE_MARKER.get(document) != node) {
            context.delegateRender();
            return;
        }
        String output = output(node, document);
        if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            html.raw(output);
            return;
        }
        if (node instanceof HtmlBlock) {
            html.line();
        }
        html.rawPre(output);
        html.line();
    }

    /** What is written for {@code node}, the raw HTML node holding {@code document}'s marker. */
    static String output(Node node, Document document) {
        String output = MoreMarker.forOutput(node, MoreMarker.rawHtml(node), document);
        return Boolean.TRUE.equals(DocumentState.MARKING_EXCERPT_END.get(document)) ? Excerpts.END + output : output;
    }
}
