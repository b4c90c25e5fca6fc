package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Writes a paragraph of plain text, emphasis, code spans, strikethrough, images and links, most paragraphs of a post,
 * in one piece: its HTML, {@code <p>} included, built in a {@code StringBuilder} and held out of flexmark's writer
 * ({@link HeldTexts}), where flexmark writes it tag by tag, each through the writer's line tracking and attribute
 * providers ({@link PlainInlines}). Anything else in the paragraph (an image or link with a title, a line break,
 * inline HTML, a tag plugin, an entity), a paragraph in a list item, and a document without a holder go to
 * flexmark's renderer. {@link BlockRuns} and {@link DocumentHtml} write such paragraphs through {@link #append}
 * (and {@code DocumentHtml} line breaks too).
 */
final class ParagraphRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(Paragraph.class, ParagraphRenderer::render));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private static void render(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        HeldTexts held = DocumentState.HELD_TEXTS.get(node.getDocument());
        String whole = held == null ? null : html(node, InlineWriting.of(context));
        String placeholder = whole == null ? null : held.placeholder(whole);
        if (placeholder == null) {
            context.delegateRender();
            return;
        }
        // flexmark's tagLine("p"): a line of its own, no attributes (the renderer has no provider that adds any)
        html.line();
        html.raw(placeholder);
        html.line();
    }

    /**
     * The HTML of {@code node}, {@code <p>} included, when it is written in one piece here; null when flexmark writes
     * it.
     */
    private static String html(Paragraph node, InlineWriting links) {
        StringBuilder out = new StringBuilder();
        return append(node, links, out) ? out.toString() : null;
    }

    /**
     * Appends the HTML of {@code node}, as {@link #html}, to {@code out}; false when flexmark writes it, and then
     * {@code out} holds part of it, for the caller to cut off.
     */
    static boolean append(Paragraph node, InlineWriting links, StringBuilder out) {
        if (node.getParent() instanceof ParagraphItemContainer) {
            return false;
        }
        out.append("<p>");
        if (!PlainInlines.append(node, links, out)) {
            return false;
        }
        out.append("</p>");
        return true;
    }
}
