package io.github.blogmaven.model;

import io.github.blogmaven.model.internal.BodyRefresh;
import io.github.blogmaven.model.internal.SiteAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Reads a Hexo-layout project directory into a validated {@link Site}. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /**
     * Loads the site whose {@code _config.yml} is in {@code baseDir}.
     *
     * <p>Source files are only read, never written. Every problem in the configuration and the content is
     * collected before anything is thrown, so one run reports them all.
     *
     * @throws ContentException listing every problem found in the configuration and content
     * @throws IOException when a file cannot be read for reasons other than its content
     */
    public static Site load(Path baseDir, LoadOptions options) throws ContentException, IOException {
        return new SiteAssembler(baseDir, options).load();
    }

    /**
     * Loads the site as {@link #load(Path, LoadOptions)} does, taking from {@code cache} what an earlier load read
     * from each post and page whose size and modification time are unchanged, and keeping what this one reads.
     *
     * @throws ContentException listing every problem found in the configuration and content
     * @throws IOException when a file cannot be read for reasons other than its content
     */
    public static Site load(Path baseDir, LoadOptions options, SourceCache cache)
            throws ContentException, IOException {
        return new SiteAssembler(baseDir, options, cache.reads()).load();
    }

    /**
     * Reads only {@code baseDir/_config.yml}, with Hexo's defaults for absent keys: for tools that write new
     * content (such as {@code blog:new}) and need the settings without loading every post.
     *
     * @throws ContentException when {@code _config.yml} is missing or invalid
     * @throws IOException when it cannot be read for reasons other than its content
     */
    public static SiteConfig loadConfig(Path baseDir) throws ContentException, IOException {
        return SiteAssembler.loadConfig(baseDir);
    }

    /**
     * {@code site} without the posts and pages read from {@code sources}, as if those files were absent: a post's
     * tags, categories and asset folder go with it. For lenient callers that find a problem in a file only after
     * loading, such as Markdown too complex to render. Every other post keeps its path.
     *
     * @param sources paths relative to the base directory, as in {@link SourceFile#relativePath()}
     */
    public static Site leaveOut(Site site, Set<String> sources) {
        return SiteAssembler.leaveOut(site, sources);
    }

    /**
     * {@code site} with the posts read from {@code sources} read again, when only their bodies changed: what a
     * preview server does when a writer saves a post, at the cost of those files instead of the whole site. Each
     * re-read post keeps its abbrlink, path and place in every list; its {@code content} and {@code updated} are
     * new. Empty when that would not be exactly what {@link #load} gives: a source that is not a post of the
     * site or is gone, a problem or warning in it, a change to anything but the body (front matter, title, date,
     * tags...), or a changed {@code _config.yml}. The caller then loads the whole site.
     *
     * @param sources paths relative to the base directory, as in {@link SourceFile#relativePath()}
     * @throws IOException when a file cannot be read for reasons other than its content
     */
    public static Optional<Site> rereadBodies(Site site, Set<String> sources) throws IOException {
        return new BodyRefresh(site).refresh(sources);
    }
}
