package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * The HTML of inline content made only of plain text, emphasis, strong emphasis, code spans, strikethrough, images
 * and links, exactly as flexmark's core and strikethrough renderers write it with the renderer's options (no
 * attribute provider adds to these tags, code spans keep no line breaks; the URL of an image or link is resolved and
 * its attributes extended through the rendering context, as flexmark does), but built in one {@code StringBuilder}.
 */
final class PlainInlines {
    private PlainInlines() {
    }

    /**
     * The HTML of {@code parent}'s children, or null when one of them is a node not written here.
     *
     * @param links what images and links need of the renderer; null to leave them to flexmark
     */
    static String html(Node parent, InlineWriting links) {
        StringBuilder out = new StringBuilder();
        return appendChildren(parent, links, out) ? out.toString() : null;
    }

    /**
     * Appends the HTML of {@code parent}'s children to {@code out}, as {@link #html}; false when one of them is a
     * node not written here, and then {@code out} holds part of it, for the caller to cut off.
     */
    static boolean append(Node parent, InlineWriting links, StringBuilder out) {
        return appendChildren(parent, links, out);
    }

    private static boolean appendChildren(Node parent, InlineWriting links, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                TextRenderer.appendHtml((Text) node, out);
            } else if (type == Code.class) {
                // the core's code span without soft line breaks in code, the parser's default
                out.append("<code>")
                        .append(Escapes.html(Escapes.collapsedWhitespace(((Code) node).getText()), false))
                        .append("</code>");
            } else if (type == SoftLineBreak.class || type == HardLineBreak.class) {
                String lineBreak = links == null ? null : links.lineBreak(node);
                if (lineBreak == null) {
                    return false;
                }
                out.append(lineBreak);
            } else if (type == Image.class || type == Link.class) {
                if (links == null || !appendLink((InlineLinkNode) node, links, out)) {
                    return false;
                }
            } else if (!appendWrapped(node, type, links, out)) {
                return false;
            }
        }
        return true;
    }

    private static boolean appendWrapped(Node node, Class<?> type, InlineWriting links, StringBuilder out) {
        String tag = type == StrongEmphasis.class ? "strong" : type == Emphasis.class ? "em"
                : type == Strikethrough.class ? "del" : null;
        if (tag == null) {
            return false;
        }
        out.append('<').append(tag).append('>');
        if (!appendChildren(node, links, out)) {
            return false;
        }
        out.append("</").append(tag).append('>');
        return true;
    }

    /**
     * The core renderer's {@code <img>} or {@code <a>} for an image or link without a title (nor, for an image, URL
     * content), a post's pictures and links: its URL resolved and its attributes extended through {@code links} as
     * the core's are, then written as the HTML writer writes a tag; a link's text as the rest of the paragraph. False
     * for any other image or link, and then what was written is dropped with the rest.
     */
    private static boolean appendLink(InlineLinkNode node, InlineWriting links, StringBuilder out) {
        boolean image = node instanceof Image;
        if (links.doNotRenderLinks() || links.isSuppressed(node.getUrl()) || node.getTitle().isNotNull()
                || image && !((Image) node).getUrlContent().isEmpty()) {
            return false;
        }
        LinkType type = image ? LinkType.IMAGE : LinkType.LINK;
        ResolvedLink link = links.resolve(type, Escapes.unescaped(node.getUrl()));
        Attributes linkAttributes = link.getAttributes();
        if (linkAttributes != null && !linkAttributes.isEmpty()) {
            return false;
        }
        MutableAttributes attributes = new MutableAttributes();
        if (image) {
            attributes.replaceValue("src", link.getUrl());
            attributes.replaceValue("alt", new TextCollectingVisitor().collectAndGetText(node));
        } else {
            attributes.replaceValue("href", link.getUrl());
        }
        attributes.replaceValue(Attribute.LINK_STATUS_ATTR, link.getStatus().getName());
        out.append(image ? "<img" : "<a");
        for (Attribute attribute : links.attributes(node, attributes).values()) {
            if (!attribute.isNonRendering()) {
                out.append(' ').append(Escapes.html(attribute.getName(), true)).append("=\"")
                        .append(Escapes.html(attribute.getValue(), true)).append('"');
            }
        }
        if (image) {
            out.append(" />");
            return true;
        }
        out.append('>');
        if (!appendChildren(node, links, out)) {
            return false;
        }
        out.append("</a>");
        return true;
    }
}
