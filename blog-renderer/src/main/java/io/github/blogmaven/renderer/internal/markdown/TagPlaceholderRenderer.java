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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Writes the HTML of each tag where its placeholder is (see {@link TagPass}): the raw HTML node holding the
 * placeholder is written with the placeholder replaced, as Hexo restores its own placeholders. A tag shown as
 * text (unknown, or unclosed) that stands alone on its line becomes a paragraph. Raw HTML without placeholders is
 * left to the renderers before this one, such as {@link MoreMarkerRenderer}.
 */
final class TagPlaceholderRenderer implements NodeRenderer {
    private final Set<NodeRenderingHandler<?>> handlers = RawHtmlHandlers.of(this::render);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void render(Node node, NodeRendererContext context, HtmlWriter html) {
        Document document = context.getDocument();
        TagPass tags = DocumentState.TAGS.get(document);
        BasedSequence chars = chars(node);
        Set<Integer> placeholders = tags == null ? Set.of() : tags.placeholdersIn(chars);
        if (placeholders.isEmpty()) {
            context.delegateRender();
            return;
        }
        String raw = chars.normalizeEOL();
        boolean block = !(node instanceof HtmlInline || node instanceof HtmlInlineComment);
        if (block && placeholders.size() == 1) {
            int only = placeholders.iterator().next();
            if (tags.shownAsText(only) && TagPass.isOnly(raw, only)) {
                html.line();
                html.raw("<p>" + tags.substitute(raw.strip(), placeholders) + "</p>");
                html.line();
                return;
            }
        }
        // The <!-- more --> marker in the same raw HTML is handled first, on the text around the placeholders.
        String output = tags.substitute(MoreMarker.forOutput(node, raw, document), placeholders);
        if (!block) {
            html.raw(output);
            return;
        }
        html.line();
        html.rawPre(output);
        html.line();
    }

    /** Whether the raw HTML node {@code node} of {@code document} holds a tag's placeholder, which this writes. */
    static boolean holdsTag(Node node, Document document) {
        TagPass tags = DocumentState.TAGS.get(document);
        return tags != null && !tags.placeholdersIn(chars(node)).isEmpty();
    }

    private static BasedSequence chars(Node node) {
        return node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
    }
}
