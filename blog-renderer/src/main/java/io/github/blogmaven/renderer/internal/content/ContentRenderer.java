package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.FrontMatter;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SourceFile;
import io.github.blogmaven.renderer.internal.build.Parallel;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.markdown.BodyContext;
import io.github.blogmaven.renderer.internal.markdown.LinkContext;
import io.github.blogmaven.renderer.internal.markdown.MarkdownSource;
import io.github.blogmaven.renderer.internal.markdown.MarkdownTooComplexException;
import io.github.blogmaven.renderer.internal.markdown.PostIndex;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Renders the Markdown of a whole site, every document on its own worker thread. */
public final class ContentRenderer {
    private final Function<MarkdownSource, RenderedMarkdown> markdown;
    private final UnaryOperator<String> htmlFilter;
    private final MarkdownCache cache;

    /** @param markdown the renderer; must be thread-safe ({@code MarkdownRenderer::render} is) */
    public ContentRenderer(Function<MarkdownSource, RenderedMarkdown> markdown) {
        this(markdown, null, null);
    }

    /**
     * @param markdown the renderer; must be thread-safe ({@code MarkdownRenderer::render} is)
     * @param htmlFilter what is done to the HTML of every document and excerpt after rendering, for the filters
     *     Hexo runs after a post is rendered ({@code external_link.field: post}); null for nothing
     * @param cache the renderings of the previous build, reused where still right and updated; null to render all
     */
    public ContentRenderer(Function<MarkdownSource, RenderedMarkdown> markdown, UnaryOperator<String> htmlFilter,
            MarkdownCache cache) {
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.htmlFilter = htmlFilter;
        this.cache = cache;
    }

    /**
     * Renders every post and page with root-relative links, and {@code feedPosts} a second time with absolute
     * links for the feeds.
     *
     * @param outputPaths every path relative to the site root that the build will write
     * @param index the site's posts as {@link #index} gives them
     */
    public RenderedContent render(Site site, Set<String> outputPaths, List<Post> feedPosts, PostIndex index,
            Parallel parallel) throws IOException, UnrenderableContentException {
        List<Job> jobs = new ArrayList<>();
        for (Post post : site.posts()) {
            jobs.add(new Job(post, null, false));
        }
        for (Page page : site.pages()) {
            jobs.add(new Job(null, page, false));
        }
        for (Post post : feedPosts) {
            jobs.add(new Job(post, null, true));
        }
        Map<String, RenderedMarkdown> posts = new HashMap<>();
        Map<String, RenderedMarkdown> pages = new HashMap<>();
        Map<String, RenderedMarkdown> feeds = new HashMap<>();
        run(jobs, site.config(), outputPaths, index, parallel, posts, pages, feeds);
        if (cache != null) {
            Set<String> keys = new HashSet<>();
            jobs.forEach(job -> keys.add(job.key()));
            cache.retainOnly(keys);
        }
        return new RenderedContent(posts, pages, feeds);
    }

    /**
     * {@code previous} with the posts of {@code changed} rendered again, with their feed renderings when they are
     * among {@code feedPosts}; every other document is kept as it was. For a live rebuild after posts changed
     * only in body, which changes no other document's rendering.
     *
     * @param index the posts tags can name, as {@link #index} gave it for the previous build
     */
    public RenderedContent update(RenderedContent previous, Site site, List<Post> changed, Set<String> outputPaths,
            List<Post> feedPosts, PostIndex index, Parallel parallel) throws IOException, UnrenderableContentException {
        Set<String> inFeed = new HashSet<>();
        feedPosts.forEach(post -> inFeed.add(post.source().relativePath()));
        List<Job> jobs = new ArrayList<>();
        for (Post post : changed) {
            jobs.add(new Job(post, null, false));
            if (inFeed.contains(post.source().relativePath())) {
                jobs.add(new Job(post, null, true));
            }
        }
        Map<String, RenderedMarkdown> posts = new HashMap<>(previous.posts());
        Map<String, RenderedMarkdown> pages = new HashMap<>(previous.pages());
        Map<String, RenderedMarkdown> feeds = new HashMap<>(previous.feedPosts());
        run(jobs, site.config(), outputPaths, index, parallel, posts, pages, feeds);
        return new RenderedContent(posts, pages, feeds);
    }

    /**
     * Renders one post with root-relative links, for a build that renders each document on its own and keeps
     * none: see {@link #render(Site, Set, List, PostIndex, Parallel)} for the arguments.
     *
     * @throws MarkdownTooComplexException when its Markdown is beyond what the renderer takes
     */
    public RenderedMarkdown post(Post post, SiteConfig config, Set<String> outputPaths, PostIndex index) {
        return render(new Job(post, null, false), config, outputPaths, index);
    }

    /** As {@link #post}, with absolute links, for the feeds. */
    public RenderedMarkdown feedPost(Post post, SiteConfig config, Set<String> outputPaths, PostIndex index) {
        return render(new Job(post, null, true), config, outputPaths, index);
    }

    /** As {@link #post}, for a page. */
    public RenderedMarkdown page(Page page, SiteConfig config, Set<String> outputPaths, PostIndex index) {
        return render(new Job(null, page, false), config, outputPaths, index);
    }

    /** The posts {@code {% post_link %}} can name, each with the URL of its page. */
    public static PostIndex index(Site site) {
        Links links = new Links(site.config());
        List<PostIndex.Entry> entries = new ArrayList<>();
        for (Post post : site.posts()) {
            entries.add(new PostIndex.Entry(post.slug(), post.title(), links.url(Links.postRoute(post.path()))));
        }
        return new PostIndex(entries);
    }

    private void run(List<Job> jobs, SiteConfig config, Set<String> outputPaths, PostIndex index, Parallel parallel,
            Map<String, RenderedMarkdown> posts, Map<String, RenderedMarkdown> pages,
            Map<String, RenderedMarkdown> feeds) throws IOException, UnrenderableContentException {
        List<Object> outcomes = parallel.map(jobs, job -> {
            try {
                return render(job, config, outputPaths, index);
            } catch (MarkdownTooComplexException e) {
                return e;
            }
        });
        // One problem per file, even when a post is rendered twice (page and feed).
        Map<String, MarkdownTooComplexException> tooComplex = new TreeMap<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof MarkdownTooComplexException e) {
                tooComplex.putIfAbsent(e.sourcePath(), e);
            }
        }
        if (!tooComplex.isEmpty()) {
            throw new UnrenderableContentException(tooComplex.values());
        }
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            RenderedMarkdown rendered = (RenderedMarkdown) outcomes.get(i);
            (job.page != null ? pages : job.absolute ? feeds : posts).put(job.source().relativePath(), rendered);
        }
    }

    private RenderedMarkdown render(Job job, SiteConfig config, Set<String> outputPaths, PostIndex index) {
        String text;
        try {
            text = job.body().text();
        } catch (ContentException e) {
            return new RenderedMarkdown("", "", false, List.of(), List.of(), List.of(), e.problems());
        }
        if (job.page != null && !job.page.markdown()) {
            return filter(new RenderedMarkdown(text, "", false, List.of()));
        }
        String assetDir = job.post != null && config.postAssetFolder() ? assetDirectory(job.path()) : null;
        Map<String, Boolean> outputLookups = cache == null ? null : new HashMap<>();
        Map<String, Optional<PostIndex.Entry>> postLookups = cache == null ? null : new HashMap<>();
        Predicate<String> exists = cache == null ? outputPaths::contains : target -> {
            boolean found = outputPaths.contains(target);
            outputLookups.put(target, found);
            return found;
        };
        LinkContext links = new LinkContext(config.root(), Links.directoryOf(job.path()), assetDir, exists,
                job.absolute ? config.url() : null);
        FrontMatter frontMatter = job.frontMatter();
        BodyContext body = new BodyContext(cache == null ? index : index.recordingInto(postLookups),
                !Boolean.TRUE.equals(frontMatter.get("disableNunjucks")), math(config, frontMatter));
        MarkdownSource source = new MarkdownSource(text, job.source().relativePath(), job.body().line(), links,
                body);
        String key = job.key();
        if (cache != null) {
            RenderedMarkdown kept = cache.find(key, source, outputPaths, index);
            if (kept != null) {
                return kept;
            }
        }
        try {
            RenderedMarkdown rendered = filter(markdown.apply(source));
            if (cache != null) {
                cache.keep(key, new MarkdownCache.Entry(MarkdownCache.Inputs.of(source), Map.copyOf(outputLookups),
                        Map.copyOf(postLookups), rendered));
            }
            return rendered;
        } catch (MarkdownTooComplexException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not render the Markdown of " + source.sourcePath() + ": " + e, e);
        }
    }

    private RenderedMarkdown filter(RenderedMarkdown doc) {
        if (htmlFilter == null) {
            return doc;
        }
        return new RenderedMarkdown(htmlFilter.apply(doc.html()), htmlFilter.apply(doc.excerpt()),
                doc.excerptIsPartial(), doc.toc(), doc.links(), doc.warnings(), doc.errors());
    }

    /**
     * Whether {@code $...$} is math in a body: front-matter {@code math} when it is a boolean, else the site's
     * {@code math} of {@code _config.yml}.
     */
    static boolean math(SiteConfig config, FrontMatter frontMatter) {
        if (frontMatter.get("math") instanceof Boolean own) {
            return own;
        }
        Object site = config.values().get("math");
        return Boolean.TRUE.equals(site) || "true".equals(site);
    }

    /**
     * Where the files of a post's asset folder are published, as Hexo's {@code PostAsset.path} places them: the
     * post's path without its {@code .html} or {@code index.html}, as a directory. {@code posts/7631b95.html}
     * → {@code posts/7631b95/}; {@code 2017/10/14/hello/index.html} → {@code 2017/10/14/hello/}.
     */
    public static String assetDirectory(String postPath) {
        if (postPath.equals("index.html") || postPath.endsWith("/index.html")) {
            return postPath.substring(0, postPath.length() - "index.html".length());
        }
        if (postPath.endsWith(".html")) {
            return postPath.substring(0, postPath.length() - ".html".length()) + "/";
        }
        if (postPath.endsWith(".htm")) {
            return postPath.substring(0, postPath.length() - ".htm".length()) + "/";
        }
        return postPath.endsWith("/") ? postPath : postPath + "/";
    }

    /** A post or a page to render, with root-relative or ({@code absolute}, for the feeds) absolute links. */
    private record Job(Post post, Page page, boolean absolute) {
        /** The job's document in the cache: the source file and the kind of links. */
        String key() {
            return (absolute ? "feed:" : "page:") + source().relativePath();
        }

        SourceFile source() {
            return post != null ? post.source() : page.source();
        }

        Body body() {
            return post != null ? post.body() : page.body();
        }

        String path() {
            return post != null ? post.path() : page.path();
        }

        FrontMatter frontMatter() {
            return post != null ? post.frontMatter() : page.frontMatter();
        }
    }
}
