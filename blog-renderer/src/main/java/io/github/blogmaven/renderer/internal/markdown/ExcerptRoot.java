package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A container for the blocks of an excerpt, so they render in one call as if they were the whole document.
 *
 * <p>flexmark renders links only inside a {@code Document}; a node rendered on its own would lose its links and
 * images. The {@link Renderer} switches link rendering back on for the excerpt's blocks. It also renders
 * {@link End}.
 */
final class ExcerptRoot extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Renders the excerpt's blocks with their links. */
    static final class Renderer implements NodeRenderer {
        private final Set<NodeRenderingHandler<?>> handlers = Set.of(
                new NodeRenderingHandler<>(ExcerptRoot.class, Renderer::render),
                new NodeRenderingHandler<>(End.class, Renderer::render));

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return handlers;
        }

        private static void render(ExcerptRoot node, NodeRendererContext context, HtmlWriter html) {
            if (!context.isDoNotRenderLinks()) {
                BlockRuns.renderChildren(node, context, html);
                return;
            }
            context.doRenderLinks();
            BlockRuns.renderChildren(node, context, html);
            context.doNotRenderLinks();
        }

        private static void render(End node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw(Excerpts.END);
            html.line();
        }
    }

    /**
     * Where an automatic excerpt ends, put between two top-level blocks for one render: it writes
     * {@link Excerpts#END} on a line of its own.
     */
    static final class End extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
