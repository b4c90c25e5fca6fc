package io.github.blogmaven.renderer.internal.links;

import java.util.Objects;
import java.util.Set;

/**
 * The other way round from {@link Links}: which output file a URL on a page points to, and whether the build
 * writes it. Thread-safe; a lookup is a few string operations and hash lookups, whatever the size of the site.
 */
public final class LinkTargets {
    private final String root;
    private final Set<String> outputPaths;

    /**
     * @param root the site's {@code root}, starting and ending with {@code /}
     * @param outputPaths every path, relative to the site root, that the build writes
     */
    public LinkTargets(String root, Set<String> outputPaths) {
        String r = root == null || root.isEmpty() ? "/" : root;
        r = r.startsWith("/") ? r : "/" + r;
        this.root = r.endsWith("/") ? r : r + "/";
        this.outputPaths = Objects.requireNonNull(outputPaths, "outputPaths");
    }

    /**
     * The path, relative to the site root, that {@code url} leads to from a page in {@code pageDir}; {@code ""}
     * or ending in {@code /} for a directory. Null when the URL is not a file of this site: it has a scheme
     * ({@code https:}, {@code mailto:}), a host ({@code //cdn.example.com/x.js}), only a fragment or a query, or a
     * path outside {@code root}. The query and fragment are dropped and percent-escapes decoded.
     *
     * @param pageDir the directory of the page the URL is on, {@code ""} or ending in {@code /}
     */
    public String target(String url, String pageDir) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || url.startsWith("\\")
                || Links.hasScheme(url)) {
            return null;
        }
        int end = url.length();
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = Links.percentDecode(url.substring(0, end));
        if (path.isEmpty()) {
            return null;
        }
        String relative;
        if (path.startsWith("/")) {
            if (path.startsWith(root)) {
                relative = path.substring(root.length());
            } else if ((path + "/").equals(root)) {
                relative = "";
            } else {
                return null;
            }
        } else {
            relative = pageDir + path;
        }
        return isNormal(relative) ? relative : Links.normalize(relative);
    }

    /** Whether {@code path} has no empty, {@code .} or {@code ..} segment, so normalizing would not change it. */
    private static boolean isNormal(String path) {
        if (path.startsWith("/") || path.startsWith(".") || path.contains("//")) {
            return false;
        }
        return !path.contains("/.");
    }

    /**
     * Whether the build writes what {@code target} names: the file itself, a directory's {@code index.html}, or,
     * for an extensionless URL as {@code pretty_urls} and web servers treat it, {@code target.html} or
     * {@code target/index.html}.
     */
    public boolean exists(String target) {
        if (target.isEmpty() || target.endsWith("/")) {
            return outputPaths.contains(target + "index.html");
        }
        return outputPaths.contains(target) || outputPaths.contains(target + ".html")
                || outputPaths.contains(target + "/index.html");
    }
}
