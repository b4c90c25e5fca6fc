package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Renders the blocks of a document, or of an excerpt, in order as flexmark does, but gives its writer each run of
 * consecutive paragraphs and headings that {@link ParagraphRenderer} and {@link HeadingRenderer} write in one piece
 * as one held text ({@link HeldTexts#holdLines}): one placeholder and two line ends for the run, where each block
 * cost a dispatch, a placeholder and two line ends, each line end a pass of the writer's line tracking. Most of a
 * post is such runs. Any other block is rendered by flexmark between them, and a document without a holder is
 * rendered as flexmark's core renders it.
 */
final class BlockRuns implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(Document.class, BlockRuns::renderChildren));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    /** Renders the children of {@code parent}, the document or an excerpt's root. */
    static void renderChildren(Node parent, NodeRendererContext context, HtmlWriter html) {
        HeldTexts held = DocumentState.HELD_TEXTS.get(context.getDocument());
        if (held == null || !held.isHolding()) {
            context.renderChildren(parent);
            return;
        }
        StringBuilder run = new StringBuilder();
        Node block = parent.getFirstChild();
        while (block != null) {
            Node next = block.getNext();
            String line = inOnePiece(block, context);
            if (line != null) {
                if (!run.isEmpty()) {
                    run.append('\n');
                }
                run.append(line);
            } else {
                write(run, held, html);
                context.render(block);
            }
            block = next;
        }
        write(run, held, html);
    }

    // The exact classes flexmark dispatches on: the two renderers handle these and no subclass.
    private static String inOnePiece(Node block, NodeRendererContext context) {
        String html = block.getClass() == Paragraph.class ? ParagraphRenderer.html((Paragraph) block, context)
                : block.getClass() == Heading.class ? HeadingRenderer.html((Heading) block, context) : null;
        return html != null && HeldTexts.passesUnchanged(html) ? html : null;
    }

    private static void write(StringBuilder run, HeldTexts held, HtmlWriter html) {
        if (run.isEmpty()) {
            return;
        }
        html.line();
        html.raw(held.holdLines(run.toString()));
        html.line();
        run.setLength(0);
    }
}
