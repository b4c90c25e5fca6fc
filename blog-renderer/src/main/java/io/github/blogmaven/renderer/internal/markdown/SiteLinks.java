package io.github.blogmaven.renderer.internal.markdown;

import io.github.blogmaven.renderer.internal.links.Links;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a URL written in Markdown into one that works on every page a fragment is shown on.
 *
 * <p>A post's HTML also appears in index excerpts, archive, tag and category pages and feeds, so a URL relative
 * to the post page would break there. Relative paths are therefore resolved once, at build time, to
 * root-relative URLs: first against the post's asset folder, then against the page's own directory, and
 * failing both the way Hexo's {@code prependRoot} does ({@code root + path}). Absolute paths get the root the
 * way Hexo's {@code url_for} does. URLs with a scheme, protocol-relative URLs and fragments stay as written.
 *
 * <p>With an {@link LinkContext#absoluteBase()}, every root-relative result becomes absolute. The base is the
 * site {@code url}, which already carries the root's path when the site lives in a sub-path ({@code url:
 * https://x.org/blog}, {@code root: /blog/}), so {@code root + p} becomes {@code absoluteBase + "/" + p}, never
 * {@code absoluteBase + root + p}.
 */
final class SiteLinks {
    private final String root;
    private final String pageDir;
    private final String assetDir;
    private final LinkContext context;
    /** What each URL resolved to: one document renders on one thread. */
    private final Map<String, String> resolved = new HashMap<>();

    SiteLinks(LinkContext context) {
        this.context = context;
        this.root = normalizeRoot(context.root());
        this.pageDir = context.pageDir() == null ? "" : context.pageDir();
        this.assetDir = context.assetDir();
    }

    /**
     * The URL to emit for {@code url} as written in the document. Kept for the document, whose links are each
     * resolved twice: recorded for the link check, then written.
     */
    String resolve(String url) {
        String known = resolved.get(url);
        if (known == null) {
            known = resolveNew(url);
            resolved.put(url, known);
        }
        return known;
    }

    private String resolveNew(String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || url.startsWith("\\")
                || Links.hasScheme(url)) {
            return url;
        }
        if (url.startsWith("/")) {
            return absolute(prefixRoot(url));
        }
        int suffixStart = indexOfSuffix(url);
        String path = url.substring(0, suffixStart);
        String suffix = url.substring(suffixStart);
        if (path.isEmpty()) {
            // "?page=2" means the current page: nothing to anchor it to.
            return url;
        }
        return absolute(root + siteRelative(path) + suffix);
    }

    private String siteRelative(String path) {
        if (assetDir != null) {
            String inAssets = normalize(assetDir + path);
            if (exists(inAssets)) {
                return inAssets;
            }
        }
        String besidePage = normalize(pageDir + path);
        if (exists(besidePage)) {
            return besidePage;
        }
        return normalize(path);
    }

    private boolean exists(String siteRelativePath) {
        return context.outputExists() != null && context.outputExists().test(percentDecode(siteRelativePath));
    }

    // Hexo's url_for: "/x" gets the root unless it already has it.
    private String prefixRoot(String url) {
        if (root.equals("/") || url.startsWith(root) || url.equals(root.substring(0, root.length() - 1))) {
            return url;
        }
        return root + url.substring(1);
    }

    private String absolute(String rootRelative) {
        String base = context.absoluteBase();
        if (base == null) {
            return rootRelative;
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (rootRelative.startsWith(root)) {
            return base + "/" + rootRelative.substring(root.length());
        }
        if (rootRelative.equals(root.substring(0, root.length() - 1))) {
            return base;
        }
        return origin(base) + rootRelative;
    }

    private static String origin(String base) {
        int schemeEnd = base.indexOf("://");
        if (schemeEnd < 0) {
            return base;
        }
        int pathStart = base.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? base : base.substring(0, pathStart);
    }

    private static int indexOfSuffix(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return url.length();
    }

    private static String normalizeRoot(String root) {
        String result = root == null || root.isEmpty() ? "/" : root;
        if (!result.startsWith("/")) {
            result = "/" + result;
        }
        return result.endsWith("/") ? result : result + "/";
    }

    /** See {@link Links#normalize(String)}. */
    static String normalize(String path) {
        return Links.normalize(path);
    }

    /** See {@link Links#percentDecode(String)}. */
    static String percentDecode(String text) {
        return Links.percentDecode(text);
    }
}
