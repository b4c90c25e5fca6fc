package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.model.FrontMatter;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Renders the Markdown of a whole site, every document on its own worker thread. */
public final class ContentRenderer {
    private final Function<MarkdownSource, RenderedMarkdown> markdown;

    /** @param markdown the renderer; must be thread-safe ({@code MarkdownRenderer::render} is) */
    public ContentRenderer(Function<MarkdownSource, RenderedMarkdown> markdown) {
        this.markdown = Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * Renders every post and page with root-relative links, and {@code feedPosts} a second time with absolute
     * links for the feeds.
     *
     * @param outputPaths every path relative to the site root that the build will write
     */
    public RenderedContent render(Site site, Set<String> outputPaths, List<Post> feedPosts, Parallel parallel)
            throws IOException, UnrenderableContentException {
        SiteConfig config = site.config();
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
        PostIndex index = postIndex(site);
        List<Object> outcomes = parallel.map(jobs, job -> {
            try {
                return render(job, config, outputPaths, index);
            } catch (MarkdownTooComplexException e) {
                return e;
            }
        });
        // One problem per file, even when a post is rendered twice (page and feed).
        Map<String, MarkdownTooComplexException> tooComplex = new TreeMap<>();
        List<RenderedMarkdown> results = new ArrayList<>(outcomes.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof MarkdownTooComplexException e) {
                tooComplex.putIfAbsent(e.sourcePath(), e);
                results.add(null);
            } else {
                results.add((RenderedMarkdown) outcome);
            }
        }
        if (!tooComplex.isEmpty()) {
            throw new UnrenderableContentException(tooComplex.values());
        }

        Map<Post, RenderedMarkdown> posts = new IdentityHashMap<>();
        Map<Page, RenderedMarkdown> pages = new IdentityHashMap<>();
        Map<Post, RenderedMarkdown> feeds = new IdentityHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            if (job.page != null) {
                pages.put(job.page, results.get(i));
            } else if (job.absolute) {
                feeds.put(job.post, results.get(i));
            } else {
                posts.put(job.post, results.get(i));
            }
        }
        return new RenderedContent(posts, pages, feeds);
    }

    private RenderedMarkdown render(Job job, SiteConfig config, Set<String> outputPaths, PostIndex index) {
        if (job.page != null && !job.page.markdown()) {
            return new RenderedMarkdown(job.page.content(), "", false, List.of());
        }
        String path = job.post != null ? job.post.path() : job.page.path();
        String assetDir = job.post != null && config.postAssetFolder() ? assetDirectory(job.post.path()) : null;
        LinkContext links = new LinkContext(config.root(), Links.directoryOf(path), assetDir, outputPaths::contains,
                job.absolute ? config.url() : null);
        FrontMatter frontMatter = job.post != null ? job.post.frontMatter() : job.page.frontMatter();
        BodyContext body = new BodyContext(index, !Boolean.TRUE.equals(frontMatter.get("disableNunjucks")),
                math(config, frontMatter));
        MarkdownSource source = job.post != null
                ? new MarkdownSource(job.post.content(), job.post.source().relativePath(), job.post.contentLine(),
                        links, body)
                : new MarkdownSource(job.page.content(), job.page.source().relativePath(), job.page.contentLine(),
                        links, body);
        try {
            return markdown.apply(source);
        } catch (MarkdownTooComplexException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not render the Markdown of " + source.sourcePath() + ": " + e, e);
        }
    }

    /** The posts {@code {% post_link %}} can name, each with the URL of its page. */
    private static PostIndex postIndex(Site site) {
        Links links = new Links(site.config());
        List<PostIndex.Entry> entries = new ArrayList<>();
        for (Post post : site.posts()) {
            entries.add(new PostIndex.Entry(post.slug(), post.title(), links.url(Links.postRoute(post.path()))));
        }
        return new PostIndex(entries);
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

    private record Job(Post post, Page page, boolean absolute) {
    }
}
