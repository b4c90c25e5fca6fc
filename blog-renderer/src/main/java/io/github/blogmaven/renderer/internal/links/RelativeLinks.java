package io.github.blogmaven.renderer.internal.links;

/**
 * Hexo's {@code relative_link: true}: the links of a page are written relative to it, so the site works from any
 * folder, or from the disk. Every {@code href} and {@code src} that starts with {@code root} (what the theme's
 * URLs, {@code url_for} and the content's resolved links all do) becomes a path relative to the page's directory:
 * {@code /css/style.css} on {@code posts/a.html} is {@code ../css/style.css}. Other URLs (absolute, relative
 * already, fragments) and the text of scripts and styles are left as they are. Immutable and thread-safe.
 */
public final class RelativeLinks {
    private final String root;

    /** @param root the site's {@code root}, starting and ending with {@code /} */
    public RelativeLinks(String root) {
        this.root = root;
    }

    /** {@code html}, the page written to {@code page} (relative to the site root), with its links relative. */
    public String apply(String html, String page) {
        String from = Links.directoryOf(page);
        String rootWithoutSlash = root.substring(0, root.length() - 1);
        TextEdits edits = new TextEdits();
        char[] chars = html.toCharArray();
        HtmlLinks.visit(chars, chars.length, (text, nameStart, nameEnd, valueStart, valueEnd, quoted) -> {
            if (!HtmlLinks.is(text, nameStart, nameEnd, "href") && !HtmlLinks.is(text, nameStart, nameEnd, "src")) {
                return;
            }
            String value = new String(text, valueStart, valueEnd - valueStart);
            String rest;
            if (value.startsWith(root) && !value.startsWith("//")) {
                rest = value.substring(root.length());
            } else if (!rootWithoutSlash.isEmpty() && (value.equals(rootWithoutSlash)
                    || value.startsWith(rootWithoutSlash + "?") || value.startsWith(rootWithoutSlash + "#"))) {
                rest = value.substring(rootWithoutSlash.length());
            } else {
                return;
            }
            edits.replace(valueStart, valueEnd, relative(from, rest));
        });
        return edits.isEmpty() ? html : edits.applyTo(chars, chars.length);
    }

    /**
     * The URL that leads from a page in {@code fromDir} ({@code ""} or ending in {@code /}, not encoded) to
     * {@code to}, a percent-encoded path below the root that may end in a query or fragment.
     */
    static String relative(String fromDir, String to) {
        int cut = to.length();
        for (int i = 0; i < to.length(); i++) {
            if (to.charAt(i) == '?' || to.charAt(i) == '#') {
                cut = i;
                break;
            }
        }
        String path = to.substring(0, cut);
        String suffix = to.substring(cut);
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.substring(0, fromDir.length() - 1).split("/");
        String[] target = path.split("/", -1);
        int common = 0;
        while (common < from.length && common < target.length - 1
                && Links.encode(from[common], true).equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        for (int i = common; i < target.length; i++) {
            out.append(target[i]);
            if (i < target.length - 1) {
                out.append('/');
            }
        }
        if (out.length() == 0) {
            out.append("./");
        }
        return out.append(suffix).toString();
    }
}
