package io.github.blogmaven.renderer.internal.markdown;

import io.github.blogmaven.renderer.internal.links.Links;

/**
 * What a {@link TagPlugin} may use while it renders one tag: the site's posts and this post's asset folder, link
 * resolution, Markdown for a tag's body, and the build's problems. Everything is reported at the tag's line.
 */
final class TagEnvironment {
    private final TagPass pass;
    private final TagUse use;
    private final int line;
    private final int column;
    private final int bodyLine;
    private final boolean recording;
    private final boolean linking;

    /**
     * @param line the file line of the tag
     * @param column the column of its {@code {%}
     * @param bodyLine the file line its body starts on
     * @param recording whether problems are recorded; off while a tag is only previewed
     * @param linking whether links are recorded; off where the Markdown around the tag makes the link its own
     */
    TagEnvironment(TagPass pass, TagUse use, int line, int column, int bodyLine, boolean recording,
            boolean linking) {
        this.pass = pass;
        this.use = use;
        this.line = line;
        this.column = column;
        this.bodyLine = bodyLine;
        this.recording = recording;
        this.linking = recording && linking;
    }

    /**
     * {@code url} as the page must link to it, resolved as a Markdown link is (the site root, absolute in feeds),
     * and recorded for the broken-link check. Like Hexo's {@code url_for}.
     */
    String link(String url) {
        SiteLinks links = pass.siteLinks();
        String resolved = links == null ? url : links.resolve(url);
        if (linking) {
            pass.addLink(new LinkUse(use.written(), resolved, line, column));
        }
        return resolved;
    }

    /** Records {@code url} for the broken-link check as it is, for a tag that writes its URL unresolved. */
    String linkAsWritten(String url) {
        if (linking) {
            pass.addLink(new LinkUse(use.written(), url, line, column));
        }
        return url;
    }

    /** The post whose slug or title is {@code key}, or {@code null}. */
    PostIndex.Entry post(String key) {
        return pass.source().body().posts().find(key);
    }

    /**
     * The URL of the file {@code name} of this post's asset folder (resolved and recorded like {@link #link}), or
     * {@code null} when the post has no such file or no asset folder.
     */
    String asset(String name) {
        String path = assetPath(name);
        return path == null ? null : link(path);
    }

    /**
     * The root-relative, percent-encoded URL of the file {@code name} of this post's asset folder, neither resolved
     * nor recorded, or {@code null} when there is no such file.
     */
    String assetPath(String name) {
        LinkContext context = pass.source().links();
        if (context == null || context.assetDir() == null || name.isEmpty()) {
            return null;
        }
        String path = Links.normalize(context.assetDir() + name);
        // Hexo looks the name up among the post's own assets only
        if (!path.startsWith(context.assetDir()) || context.outputExists() == null
                || !context.outputExists().test(path)) {
            return null;
        }
        return root() + Links.encode(path, true);
    }

    /** The site's root, starting and ending with {@code /}. */
    String root() {
        LinkContext context = pass.source().links();
        String root = context == null || context.root() == null || context.root().isEmpty() ? "/" : context.root();
        return root.endsWith("/") ? root : root + "/";
    }

    /** The HTML of {@code markdown}, the body of this tag, rendered like the rest of the document. */
    String markdown(String markdown) {
        return pass.renderBody(markdown, bodyLine, recording);
    }

    /** Warns about this tag; the build goes on. */
    void warn(String message, String hint) {
        if (recording) {
            pass.warn(line, column, use.written() + ": " + message, hint);
        }
    }

    /** Fails the build because of this tag, as Hexo does. */
    void fail(String message, String hint) {
        if (recording) {
            pass.fail(line, column, use.written() + ": " + message, hint);
        }
    }
}
