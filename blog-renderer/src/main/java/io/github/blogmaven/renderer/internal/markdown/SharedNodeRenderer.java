package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughNodeRenderer;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.internal.TaskListNodeRenderer;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A flexmark node renderer that keeps nothing of a document, made once per HTML renderer instead of once per
 * document. flexmark asks every factory for a new renderer for each document, which reads its options again and
 * makes a handler for each node type, every option read and every handler allocating a bound method reference:
 * in C1-compiled code each is a JNI call. The first document's options serve all: a renderer's documents come
 * with the same options. Thread-safe: two threads may each make one at first, and either serves. Only for renderers
 * that render in the document's body: the shared one shows flexmark its handlers, not the phases of a
 * {@code PhasedNodeRenderer} (the footnotes' renderer, which also keeps each document's footnotes, is one).
 */
final class SharedNodeRenderer {
    private final NodeRendererFactory factory;
    private volatile NodeRenderer made;

    SharedNodeRenderer(NodeRendererFactory factory) {
        this.factory = factory;
    }

    /** The renderer, made from {@code options} the first time. */
    NodeRenderer of(DataHolder options) {
        NodeRenderer renderer = made;
        if (renderer == null) {
            renderer = new Made(factory.apply(options));
            made = renderer;
        }
        return renderer;
    }

    /** A renderer with its handlers asked for once. */
    private record Made(Set<NodeRenderingHandler<?>> handlers) implements NodeRenderer {
        Made(NodeRenderer renderer) {
            this(Set.copyOf(renderer.getNodeRenderingHandlers()));
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return handlers;
        }
    }

    // flexmark loads one extension of a class and tells renderer factories apart by class: each extension here is
    // a class of its own and registers through a method reference of its own.

    /** GFM strikethrough, its renderer shared. */
    static final class Strikethrough extends Extension {
        Strikethrough() {
            this(new SharedNodeRenderer(new StrikethroughNodeRenderer.Factory()));
        }

        private Strikethrough(SharedNodeRenderer shared) {
            super(StrikethroughExtension.create(), builder -> builder.nodeRendererFactory(shared::of));
        }
    }

    /** GFM task lists, their renderer shared. */
    static final class TaskLists extends Extension {
        TaskLists() {
            this(new SharedNodeRenderer(new TaskListNodeRenderer.Factory()));
        }

        private TaskLists(SharedNodeRenderer shared) {
            super(TaskListExtension.create(), builder -> builder.nodeRendererFactory(shared::of));
        }
    }

    /** A flexmark extension's parser part as it is, its HTML renderer registered by {@code rendering}. */
    private abstract static class Extension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
        private final Parser.ParserExtension parsing;
        private final HtmlRenderer.HtmlRendererExtension options;
        private final Consumer<HtmlRenderer.Builder> rendering;

        <E extends Parser.ParserExtension & HtmlRenderer.HtmlRendererExtension> Extension(E extension,
                Consumer<HtmlRenderer.Builder> rendering) {
            this.parsing = extension;
            this.options = extension;
            this.rendering = rendering;
        }

        @Override
        public void parserOptions(MutableDataHolder holder) {
            parsing.parserOptions(holder);
        }

        @Override
        public void extend(Parser.Builder builder) {
            parsing.extend(builder);
        }

        @Override
        public void rendererOptions(MutableDataHolder holder) {
            options.rendererOptions(holder);
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            rendering.accept(builder);
        }
    }
}
