package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * What writing an image, a link or a line break asks of the renderer ({@link PlainInlines}): flexmark's rendering
 * context ({@link #of}), or {@link DocumentHtml}'s own, which answers as that context would for the renderer's
 * options.
 */
interface InlineWriting {
    /** Whether links are written as their text only. */
    boolean doNotRenderLinks();

    /** Whether {@code url} is written as text, as a {@code javascript:} link is. */
    boolean isSuppressed(CharSequence url);

    /** {@code url} resolved by the renderer's link resolvers and, as its options say, percent-encoded. */
    ResolvedLink resolve(LinkType type, String url);

    /** The attributes written for the image or link {@code node}: {@code attributes} and the providers' own. */
    Attributes attributes(Node node, MutableAttributes attributes);

    /**
     * The HTML of the soft or hard line break {@code node}; null when it is not written here (a paragraph held
     * out of flexmark's writer is one line: {@link HeldTexts}).
     */
    String lineBreak(Node node);

    /** Images and links written through flexmark's {@code context}; line breaks left to it. */
    static InlineWriting of(NodeRendererContext context) {
        return new InlineWriting() {
            @Override
            public boolean doNotRenderLinks() {
                return context.isDoNotRenderLinks();
            }

            @Override
            public boolean isSuppressed(CharSequence url) {
                return CoreNodeRenderer.isSuppressedLinkPrefix(url, context);
            }

            @Override
            public ResolvedLink resolve(LinkType type, String url) {
                return context.resolveLink(type, url, null, null);
            }

            @Override
            public Attributes attributes(Node node, MutableAttributes attributes) {
                return context.extendRenderingNodeAttributes(node, AttributablePart.LINK, attributes);
            }

            @Override
            public String lineBreak(Node node) {
                return null;
            }
        };
    }
}
