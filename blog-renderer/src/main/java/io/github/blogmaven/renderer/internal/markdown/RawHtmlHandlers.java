package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler.CustomNodeRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/** The four kinds of raw HTML node flexmark parses, each bound to one rendering method. */
final class RawHtmlHandlers {
    private RawHtmlHandlers() {
    }

    static Set<NodeRenderingHandler<?>> of(CustomNodeRenderer<Node> render) {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, render::render),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, render::render),
                new NodeRenderingHandler<>(HtmlInline.class, render::render),
                new NodeRenderingHandler<>(HtmlInlineComment.class, render::render));
    }
}
