package io.github.blogmaven.renderer.internal.links;

import io.github.blogmaven.model.SiteConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns output paths into the URLs pages link to.
 *
 * <p>Every URL is percent-encoded the way Hexo's {@code url_for} (hexo-util {@code encodeURL}) does it, in HTML
 * as well as in feeds and the sitemap: {@code tags/阿里/} is linked as {@code /tags/%E9%98%BF%E9%87%8C/}. One
 * encoding everywhere means a link never breaks on a space, {@code #} or {@code ?} in a slug, and the URLs are
 * the ones a Hexo build of the same blog publishes.
 *
 * <p>Links take a <em>route</em>: the output path as Hexo names it, where a directory ({@code archives/2017/})
 * stands for its {@code index.html}. Posts whose permalink ends in {@code /} are linked as that directory;
 * pages keep the {@code index.html} of their source name ({@code about/index.html}), as Hexo does.
 */
public final class Links {
    // Browsers drop tabs and line breaks anywhere in a URL, and leading spaces and controls ("java\tscript:").
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]|^[\\x00-\\x20]+");
    private static final Pattern SCRIPTING_SCHEME =
            Pattern.compile("^(?:javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);
    private static final String HEX = "0123456789ABCDEF";

    private final SiteConfig config;

    public Links(SiteConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Whether {@code url} starts with a scheme, as {@code ^[A-Za-z][A-Za-z0-9+.-]*:} finds one, without a regular
     * expression: this runs for every link of every page.
     */
    public static boolean hasScheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The root-relative, encoded URL of a route: {@code posts/7631b95.html} → {@code /posts/7631b95.html}. */
    public String url(String route) {
        return encode(config.urlFor(route), true);
    }

    /** The absolute, encoded URL of a route, from {@code url}: {@code https://blog.example.com/posts/x.html}. */
    public String absolute(String route) {
        String rootRelative = url(route);
        return config.url() + rootRelative.substring(config.root().length() - 1);
    }

    /**
     * The route of a post's output path: {@code 2017/10/14/hello/index.html} is linked as
     * {@code 2017/10/14/hello/}, because its permalink ended in {@code /}.
     */
    public static String postRoute(String path) {
        if (path.equals("index.html")) {
            return "";
        }
        if (path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        return path;
    }

    /** The output file of a route: a directory gets {@code index.html}. */
    public static String fileOf(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    /** The directory part of an output path, {@code ""} or ending in {@code /}. */
    public static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /**
     * Hexo's {@code url_for} for a value a user wrote (front matter, {@code menu}, a template): absolute URLs,
     * protocol-relative URLs, fragments and {@code mailto:}-style links are kept; anything else is taken as
     * relative to the site root, whether or not it starts with {@code /}. A {@code javascript:}, {@code vbscript:}
     * or {@code data:} URL becomes {@code #}: front matter is data, and a value pasted into {@code authorLink}
     * must not run in the reader's browser.
     */
    public String forUserValue(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.trim();
        if (SCRIPTING_SCHEME.matcher(IGNORED_BY_BROWSERS.matcher(v).replaceAll("")).find()) {
            return "#";
        }
        if (v.startsWith("//") || v.startsWith("#") || hasScheme(v)) {
            return v;
        }
        String path = v.startsWith("/") ? v.substring(1) : v;
        if (!config.root().equals("/") && ("/" + path).startsWith(config.root())) {
            path = path.substring(config.root().length() - 1);
        }
        return encode(config.root() + path, false);
    }

    /** Hexo's {@code full_url_for}: like {@link #forUserValue(String)}, absolute. */
    public String absoluteForUserValue(String value) {
        String url = forUserValue(value);
        if (url == null || !url.startsWith(config.root())) {
            return url;
        }
        return config.url() + url.substring(config.root().length() - 1);
    }

    /**
     * Percent-encodes a URL path as UTF-8. Characters legal in a path are kept, and so are existing
     * {@code %XX} escapes, so encoding twice changes nothing.
     *
     * @param pathOnly also encode {@code ?} and {@code #}, which in an output path are part of a name
     */
    public static String encode(String url, boolean pathOnly) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean keep = isPathChar(c)
                    || (!pathOnly && (c == '?' || c == '#'))
                    || (c == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Removes {@code .} and {@code ..} segments and empty segments from a site-relative path. A {@code ..} at the
     * top is dropped, so the result never climbs above the site root. A trailing slash is kept.
     */
    public static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        boolean directory = false;
        for (String part : parts) {
            directory = part.isEmpty() || part.equals(".") || part.equals("..");
            if (part.equals("..")) {
                segments.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                segments.addLast(part);
            }
        }
        String joined = String.join("/", segments);
        return directory && !joined.isEmpty() ? joined + "/" : joined;
    }

    /** Decodes {@code %XX} escapes as UTF-8; malformed escapes and {@code +} stay as they are. */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
