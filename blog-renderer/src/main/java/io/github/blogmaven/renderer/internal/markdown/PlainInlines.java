package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML of inline content made only of plain text, emphasis, strong emphasis, code spans, strikethrough and
 * images, exactly as flexmark's core and strikethrough renderers write it with the renderer's options (no attribute
 * provider adds to these tags, code spans keep no line breaks; an image's link is resolved and its attributes
 * extended through the rendering context, as flexmark does), but built in one {@code StringBuilder}.
 */
final class PlainInlines {
    private PlainInlines() {
    }

    /**
     * The HTML of {@code parent}'s children, or null when one of them is a node not written here.
     *
     * @param context the rendering context, which images need; null to leave images to flexmark
     */
    static String html(Node parent, NodeRendererContext context) {
        StringBuilder out = new StringBuilder();
        return appendChildren(parent, context, out) ? out.toString() : null;
    }

    private static boolean appendChildren(Node parent, NodeRendererContext context, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                out.append(TextRenderer.html((Text) node));
            } else if (type == Code.class) {
                // the core's code span without soft line breaks in code, the parser's default
                out.append("<code>")
                        .append(Escaping.escapeHtml(Escaping.collapseWhitespace(((Code) node).getText(), true), false))
                        .append("</code>");
            } else if (type == Image.class) {
                if (context == null || !appendImage((Image) node, context, out)) {
                    return false;
                }
            } else if (!appendWrapped(node, type, context, out)) {
                return false;
            }
        }
        return true;
    }

    private static boolean appendWrapped(Node node, Class<?> type, NodeRendererContext context, StringBuilder out) {
        String tag = type == StrongEmphasis.class ? "strong" : type == Emphasis.class ? "em"
                : type == Strikethrough.class ? "del" : null;
        if (tag == null) {
            return false;
        }
        out.append('<').append(tag).append('>');
        if (!appendChildren(node, context, out)) {
            return false;
        }
        out.append("</").append(tag).append('>');
        return true;
    }

    /**
     * The core renderer's {@code <img>} for an image without a title or URL content (a post's pictures): its link
     * resolved and its attributes extended through {@code context} as the core's are, then written as the HTML
     * writer writes a void tag. False, writing nothing, for any other image.
     */
    private static boolean appendImage(Image image, NodeRendererContext context, StringBuilder out) {
        if (context.isDoNotRenderLinks() || CoreNodeRenderer.isSuppressedLinkPrefix(image.getUrl(), context)
                || image.getTitle().isNotNull() || !image.getUrlContent().isEmpty()) {
            return false;
        }
        String alt = new TextCollectingVisitor().collectAndGetText(image);
        ResolvedLink link = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null);
        Attributes linkAttributes = link.getAttributes();
        if (linkAttributes != null && !linkAttributes.isEmpty()) {
            return false;
        }
        MutableAttributes attributes = new MutableAttributes();
        attributes.replaceValue("src", link.getUrl());
        attributes.replaceValue("alt", alt);
        attributes.replaceValue(Attribute.LINK_STATUS_ATTR, link.getStatus().getName());
        out.append("<img");
        for (Attribute attribute : context.extendRenderingNodeAttributes(image, AttributablePart.LINK, attributes)
                .values()) {
            if (!attribute.isNonRendering()) {
                out.append(' ').append(Escaping.escapeHtml(attribute.getName(), true)).append("=\"")
                        .append(Escaping.escapeHtml(attribute.getValue(), true)).append('"');
            }
        }
        out.append(" />");
        return true;
    }
}
