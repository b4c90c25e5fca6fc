package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders text as flexmark's core does (backslash escapes and character references resolved, line ends made
 * {@code \n}, then {@code & < > "} escaped), but escapes text without a backslash, an ampersand or a carriage
 * return in one plain loop. The core runs regular-expression passes over a copy of every text node, which have
 * nothing to do in nearly all text, CJK text above all, and copies the node's characters one {@code charAt} at a
 * time: together about a third of the time flexmark spends writing a typical post's HTML.
 */
final class TextRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers =
            Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String escaped = html(node);
        HeldTexts held = DocumentState.HELD_TEXTS.get(node.getDocument());
        html.raw(held == null ? escaped : held.hold(escaped));
    }

    /** The HTML of {@code node}, as flexmark's core writes it. */
    static String html(Text node) {
        DocumentText.Run run = DocumentText.run(node.getChars());
        return switch (kind(run)) {
            case PLAIN -> run.toString();
            case MARKUP -> HexoHtml.text(run.toString());
            default -> flexmarkHtml(node);
        };
    }

    /** Appends the HTML of {@code node} to {@code out}: {@link #html}, without a string in between for plain text. */
    static void appendHtml(Text node, StringBuilder out) {
        DocumentText.Run run = DocumentText.run(node.getChars());
        switch (kind(run)) {
            case PLAIN -> out.append(run.chars(), run.start(), run.end() - run.start());
            case MARKUP -> out.append(HexoHtml.text(run.toString()));
            default -> out.append(flexmarkHtml(node));
        }
    }

    private enum Kind { PLAIN, MARKUP, ESCAPES }

    /** Whether {@code run} is written as it is, with {@code < > "} escaped, or needs flexmark's full treatment. */
    private static Kind kind(DocumentText.Run run) {
        char[] chars = run.chars();
        boolean markup = false;
        for (int i = run.start(); i < run.end(); i++) {
            char c = chars[i];
            if (c > '\\') {
                continue; // above every character looked for: letters, CJK
            }
            if (c == '\\' || c == '&' || c == '\r') {
                return Kind.ESCAPES;
            }
            markup |= c == '<' || c == '>' || c == '"';
        }
        return markup ? Kind.MARKUP : Kind.PLAIN;
    }

    // what HtmlWriter.text writes
    private static String flexmarkHtml(Text node) {
        return Escaping.escapeHtml(Escaping.normalizeEOL(node.getChars().unescape()), false);
    }
}
