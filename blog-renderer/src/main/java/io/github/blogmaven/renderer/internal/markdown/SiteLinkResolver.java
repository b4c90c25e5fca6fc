package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Resolves the destination of every Markdown link, image, reference and autolink with {@link SiteLinks}.
 *
 * <p>Raw HTML ({@code <img src>}, {@code <a href>}) is not Markdown and is left exactly as the author wrote it.
 */
final class SiteLinkResolver implements LinkResolver {
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        return resolve(node, context.getDocument(), link);
    }

    /** {@code link} resolved for {@code document}, where flexmark's renderer is rendering {@code node}. */
    static ResolvedLink resolve(Node node, Document document, ResolvedLink link) {
        SiteLinks links = DocumentState.LINKS.get(document);
        if (links == null || isHostWithoutScheme(node, link.getUrl()) || isUndefinedReference(node)) {
            return link;
        }
        String resolved = links.resolve(link.getUrl());
        return resolved.equals(link.getUrl()) ? link : link.withStatus(LinkStatus.VALID).withUrl(resolved);
    }

    // flexmark offers "[1]" and "![x]" without a reference definition to the resolver too, and renders them as a
    // link when it answers VALID; they are text, as in marked.
    private static boolean isUndefinedReference(Node node) {
        return node instanceof RefNode ref && !ref.isDefined();
    }

    // flexmark hands over an e-mail address without its "mailto:" and a bare "www.x.org" without its "http://",
    // adding them after resolution; neither is a path on this site.
    private static boolean isHostWithoutScheme(Node node, String url) {
        return node instanceof MailLink || node instanceof AutoLink && url.startsWith("www.");
    }
}
