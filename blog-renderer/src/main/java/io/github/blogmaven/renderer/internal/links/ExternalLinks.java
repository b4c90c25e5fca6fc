package io.github.blogmaven.renderer.internal.links;

import io.github.blogmaven.model.SiteConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hexo's {@code external_link}: links to other hosts open in a new tab. Every {@code <a>} whose {@code href} is
 * {@code http:}, {@code https:} or {@code //} and leads to a host other than {@code url}'s and those
 * {@code external_link.exclude} lists, and that has no {@code target} yet, gets {@code target="_blank"} and
 * {@code rel="noopener"} ({@code noopener} added to a {@code rel} it has), written before its {@code href} as Hexo
 * writes them.
 *
 * <p>{@code external_link.field} says where: {@code site} (Hexo's default) every HTML page the theme renders,
 * {@code post} only the content of posts and pages. {@code external_link: false} or {@code enable: false} turns
 * it off; a boolean {@code external_link}, as older Hexo versions wrote it, means {@code enable} with
 * {@code field: site}. Immutable and thread-safe.
 */
public final class ExternalLinks {
    /** Where the links are changed. */
    public enum Field {
        /** Every HTML page the theme renders, theme and content alike. */
        SITE,
        /** The content of posts and pages only, wherever it is shown. */
        POST
    }

    private final Field field;
    private final String siteHost;
    private final Set<String> excluded;

    private ExternalLinks(Field field, String siteHost, Set<String> excluded) {
        this.field = field;
        this.siteHost = siteHost;
        this.excluded = Set.copyOf(excluded);
    }

    /** The setting of {@code config}, or null when {@code external_link} is off. */
    public static ExternalLinks of(SiteConfig config) {
        Object setting = config.values().get("external_link");
        Map<?, ?> map = setting instanceof Map<?, ?> m ? m : Map.of();
        if (Boolean.FALSE.equals(setting) || Boolean.FALSE.equals(map.get("enable"))) {
            return null;
        }
        Field field = "post".equals(String.valueOf(map.get("field")).strip().toLowerCase(Locale.ROOT)) ? Field.POST
                : Field.SITE;
        Set<String> excluded = new HashSet<>();
        Object exclude = map.get("exclude");
        for (Object host : exclude instanceof List<?> list ? list : exclude == null ? List.of() : List.of(exclude)) {
            String name = String.valueOf(host).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                excluded.add(name);
            }
        }
        String siteHost = host(config.url());
        return new ExternalLinks(field, siteHost == null ? "" : siteHost, excluded);
    }

    public Field field() {
        return field;
    }

    /** {@code html} with the external links of its {@code <a>} tags opening in a new tab. */
    public String apply(String html) {
        char[] chars = html.toCharArray();
        String changed = applyIfChanged(chars, chars.length, null);
        return changed == null ? html : changed;
    }

    /**
     * The page {@code html[0, length)} with the external links of its {@code <a>} tags opening in a new tab, or null
     * when no link changes (the common case, so that the page need not be copied), reporting on the way every
     * {@code href} and {@code src} value to {@code links}, unless null, as {@link HtmlLinks#scan} would: a page is
     * then read once for both.
     */
    public String applyIfChanged(char[] html, int length, HtmlLinks.Sink links) {
        if (!hasTwoSlashes(html, length)) {
            if (links != null) {
                HtmlLinks.scan(html, length, links);
            }
            return null; // no absolute URL, nothing to change: the common case for a post
        }
        TextEdits edits = new TextEdits();
        HtmlLinks.TagVisitor rewriter = new HtmlLinks.TagVisitor() {
            private boolean anchor;
            private int hrefName = -1;
            private boolean external;
            private boolean target;
            private int relStart = -1;
            private int relEnd;
            private boolean relQuoted;

            @Override
            public void startTag(char[] text, int lt, int nameEnd) {
                anchor = HtmlLinks.is(text, lt + 1, nameEnd, "a");
                hrefName = -1;
                external = false;
                target = false;
                relStart = -1;
            }

            @Override
            public void attribute(char[] text, int nameStart, int nameEnd, int valueStart, int valueEnd,
                    boolean quoted) {
                boolean href = HtmlLinks.is(text, nameStart, nameEnd, "href");
                if (href || HtmlLinks.is(text, nameStart, nameEnd, "src")) {
                    if (links != null) {
                        links.acceptValue(text, valueStart, valueEnd, !href);
                    }
                    if (href && anchor && hrefName < 0) {
                        hrefName = nameStart;
                        external = mayBeExternal(text, valueStart, valueEnd)
                                && isExternal(HtmlLinks.url(text, valueStart, valueEnd));
                    }
                } else if (anchor && HtmlLinks.is(text, nameStart, nameEnd, "target")) {
                    target = true;
                } else if (anchor && HtmlLinks.is(text, nameStart, nameEnd, "rel") && relStart < 0) {
                    relStart = valueStart;
                    relEnd = valueEnd;
                    relQuoted = quoted;
                }
            }

            @Override
            public void endTag(int gt) {
                if (!anchor || !external || target) {
                    return;
                }
                if (relStart < 0) {
                    edits.insert(hrefName, "target=\"_blank\" rel=\"noopener\" ");
                    return;
                }
                String rel = new String(html, relStart, relEnd - relStart);
                boolean hasNoopener = (" " + rel.toLowerCase(Locale.ROOT) + " ").replaceAll("\\s+", " ")
                        .contains(" noopener ");
                String newRel = hasNoopener ? rel : rel.isBlank() ? "noopener" : rel.strip() + " noopener";
                if (relStart < hrefName) {
                    editRel(newRel);
                    edits.insert(hrefName, "target=\"_blank\" ");
                } else {
                    edits.insert(hrefName, "target=\"_blank\" ");
                    editRel(newRel);
                }
            }

            private void editRel(String newRel) {
                if (relQuoted) {
                    edits.replace(relStart, relEnd, newRel);
                } else {
                    edits.replace(relStart, relEnd, "\"" + newRel + "\"");
                }
            }
        };
        HtmlLinks.visit(html, length, rewriter);
        return edits.isEmpty() ? null : edits.applyTo(html, length);
    }

    private static boolean hasTwoSlashes(char[] html, int length) {
        for (int i = 1; i < length; i++) {
            if (html[i] == '/' && html[i - 1] == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the attribute value {@code html[from, to)} can be an external URL, told from its first characters
     * without decoding it: most links of a page are from the site root or fragments. A character reference or
     * white space first leaves it open.
     */
    private static boolean mayBeExternal(char[] html, int from, int to) {
        if (from >= to) {
            return false;
        }
        char first = html[from];
        if (first == '/') {
            return from + 1 < to && (html[from + 1] == '/' || html[from + 1] == '&');
        }
        return first == 'h' || first == 'H' || first == '&' || Character.isWhitespace(first);
    }

    /**
     * Whether {@code url} leads to another site, as hexo-util's {@code isExternalLink} decides: an absolute
     * {@code http(s):} or protocol-relative URL whose host is neither the site's nor an excluded one.
     */
    boolean isExternal(String url) {
        String u = url.strip();
        // Ignoring ASCII case is what toLowerCase(Locale.ROOT) does for these schemes: no other character
        // lower-cases to h, t, p or s.
        if (!(HtmlLinks.is(u, 0, "http:".length(), "http:") || HtmlLinks.is(u, 0, "https:".length(), "https:")
                || u.startsWith("//"))) {
            return false;
        }
        String host = host(u);
        return host != null && !host.equals(siteHost) && !excluded.contains(host);
    }

    /** The host of an absolute or protocol-relative URL, in lower case, without user or port; null if none. */
    static String host(String url) {
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return null;
        }
        int start = slashes + 2;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            authority = close < 0 ? authority : authority.substring(0, close + 1);
        } else if (authority.indexOf(':') >= 0) {
            authority = authority.substring(0, authority.indexOf(':'));
        }
        authority = authority.toLowerCase(Locale.ROOT);
        if (authority.endsWith(".")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        return authority.isEmpty() ? null : authority;
    }
}
