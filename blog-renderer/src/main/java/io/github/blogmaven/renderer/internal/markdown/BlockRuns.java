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
        InlineWriting links = InlineWriting.of(context);
        StringBuilder run = new StringBuilder();
        Node block = parent.getFirstChild();
        while (block != null) {
            Node next = block.getNext();
            if (!appendInOnePiece(block, context.getDocument(), links, run)) {
                write(run, held, html);
                context.render(block);
            }
            block = next;
        }
        write(run, held, html);
    }

    /** Appends {@code block} to the run when it is written in one piece; else leaves the run as it was. */
    private static boolean appendInOnePiece(Node block, Document document, InlineWriting links, StringBuilder run) {
        int before = run.length();
        if (before > 0) {
            run.append('\n');
        }
        int start = run.length();
        if (appendOnePiece(block, document, links, run) && HeldTexts.passesUnchanged(run, start)) {
            return true;
        }
        run.setLength(before);
        return false;
    }

    /**
     * Appends the HTML of {@code block} when it is a paragraph or heading written in one piece; false for any other
     * block, or one flexmark writes, and then {@code html} may hold part of it.
     */
    static boolean appendOnePiece(Node block, Document document, InlineWriting links, StringBuilder html) {
        // The exact classes flexmark dispatches on: the two renderers handle these and no subclass.
        if (block.getClass() == Paragraph.class) {
            return ParagraphRenderer.append((Paragraph) block, links, html);
        }
        if (block.getClass() == Heading.class) {
            String heading = HeadingRenderer.html((Heading) block, document);
            if (heading != null) {
                html.append(heading);
                return true;
            }
        }
        return false;
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
