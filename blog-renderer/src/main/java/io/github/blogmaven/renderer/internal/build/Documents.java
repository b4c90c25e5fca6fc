package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rank;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rendered;
import io.github.blogmaven.renderer.internal.content.ContentRenderer;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.content.UnrenderableContentException;
import io.github.blogmaven.renderer.internal.markdown.MarkdownTooComplexException;
import io.github.blogmaven.renderer.internal.markdown.PostIndex;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import io.github.blogmaven.renderer.internal.output.OutputWriter;
import io.github.blogmaven.renderer.internal.output.ScratchFile;
import io.github.blogmaven.renderer.internal.pages.ArticleView;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The first pass of a whole build: each post and page has its Markdown rendered, its links checked and its page
 * rendered and written, one after the other on one worker, and only then the next; so a page and its Markdown's
 * rendering are in memory only while it is being worked on. What later pages need is kept: the view of each post
 * for the list pages (its HTML in the scratch file when there is one), the feeds' second rendering of their
 * posts, and the content's problems. The pages of the second pass are rendered and written with {@link #write}
 * too, so that one template error stops all writing. Thread-safe: the workers share one instance.
 */
final class Documents {
    /** Content for a page renderer that is given every document's HTML itself. */
    static final RenderedContent NOTHING = new RenderedContent(Map.of(), Map.of(), Map.of());

    private final Site site;
    private final ContentRenderer contents;
    private final Set<String> outputPaths;
    private final PostIndex index;
    private final Map<String, PlannedFile> plan;
    private final Views views;
    private final BrokenLinks brokenLinks;
    private final boolean listsShowContent;
    private final ScratchFile scratch;
    private final OutputWriter writer;
    private final AtomicBoolean failed;

    private final Map<String, ArticleView> listed = new ConcurrentHashMap<>();
    private final Map<String, RenderedMarkdown> feedRenderings = new ConcurrentHashMap<>();
    private final Queue<ContentProblem> warnings = new ConcurrentLinkedQueue<>();
    private final Queue<ContentProblem> errors = new ConcurrentLinkedQueue<>();
    /** One per file, even when a post is rendered twice (page and feed). */
    private final Map<String, MarkdownTooComplexException> tooComplex = new ConcurrentSkipListMap<>();

    /**
     * @param plan the build's files by path: a document's page is written only when the plan has it at its path
     * @param views the site's views, without posts
     * @param listsShowContent whether a list template may print a post's whole content (Theme.mayReadContent)
     * @param scratch where the list views keep the posts' HTML when they keep it; null to hold it in memory
     * @param failed set once a page failed, after which nothing more is written
     */
    Documents(Site site, ContentRenderer contents, Set<String> outputPaths, Map<String, PlannedFile> plan,
            Views views, BrokenLinks brokenLinks, boolean listsShowContent, ScratchFile scratch, OutputWriter writer,
            AtomicBoolean failed) {
        this.site = site;
        this.contents = contents;
        this.outputPaths = outputPaths;
        this.index = ContentRenderer.index(site);
        this.plan = plan;
        this.views = views;
        this.brokenLinks = brokenLinks;
        this.listsShowContent = listsShowContent;
        this.scratch = scratch;
        this.writer = writer;
        this.failed = failed;
    }

    /** Whether a file of the plan is the page of a post or page, which this pass writes. */
    static boolean isDocument(Rendered file) {
        return file.rank() == Rank.POST || file.rank() == Rank.PAGE;
    }

    /** The work of the pass: every post and page, and the posts of the feeds a second time. */
    List<Object> jobs(List<Post> feedPosts) {
        List<Object> jobs = new ArrayList<>(site.posts().size() + site.pages().size() + feedPosts.size());
        jobs.addAll(site.posts());
        jobs.addAll(site.pages());
        feedPosts.forEach(post -> jobs.add(new FeedPost(post)));
        return jobs;
    }

    /**
     * Does one job of {@link #jobs}, rendering its page with {@code renderer}.
     *
     * @return the template failure of its page, or null
     */
    TemplateFailure render(Object job, PageRenderer renderer) throws IOException {
        if (job instanceof FeedPost feed) {
            RenderedMarkdown rendered = markdown(() -> contents.feedPost(feed.post, site.config(), outputPaths,
                    index));
            if (rendered != null) {
                feedRenderings.put(feed.post.source().relativePath(), rendered);
            }
            return null;
        }
        if (job instanceof Post post) {
            RenderedMarkdown rendered = markdown(() -> contents.post(post, site.config(), outputPaths, index));
            if (rendered == null) {
                return null;
            }
            String source = post.source().relativePath();
            checked(source, post.path(), rendered);
            ArticleView view = views.article(post, rendered);
            listed.put(source, listedView(post, view, rendered));
            return writes(post.path(), Rank.POST, source)
                    ? write(post.path(), () -> renderer.post(post, view, rendered.html()), renderer) : null;
        }
        Page page = (Page) job;
        RenderedMarkdown rendered = markdown(() -> contents.page(page, site.config(), outputPaths, index));
        if (rendered == null) {
            return null;
        }
        String source = page.source().relativePath();
        checked(source, page.path(), rendered);
        ArticleView view = views.article(page, rendered);
        return writes(page.path(), Rank.PAGE, source)
                ? write(page.path(), () -> renderer.page(page, view, rendered.html()), renderer) : null;
    }

    /**
     * The view of a post the list pages show. It holds the post's HTML, or has it in the scratch file, only when a
     * list template prints it; otherwise a template that asks anyway (through a key {@code Theme.mayReadContent}
     * cannot see) gets it rendered again from the Markdown.
     */
    private ArticleView listedView(Post post, ArticleView view, RenderedMarkdown rendered) throws IOException {
        if (rendered.html().isEmpty()) {
            return view;
        }
        if (!listsShowContent) {
            return view.withContent(() -> Views.markup(contents.post(post, site.config(), outputPaths, index).html()));
        }
        return scratch == null ? view : view.withContent(StoredMarkup.keep(scratch, rendered.html()));
    }

    /** Fails when some Markdown was too complex to render, naming every such file. */
    void failIfTooComplex() throws UnrenderableContentException {
        if (!tooComplex.isEmpty()) {
            throw new UnrenderableContentException(tooComplex.values());
        }
    }

    /** The view of each post, by source file. */
    Map<String, ArticleView> listed() {
        return listed;
    }

    /** The posts of the feeds, rendered with absolute links. */
    RenderedContent feedRenderings() {
        return new RenderedContent(Map.of(), Map.of(), feedRenderings);
    }

    /** What the Markdown of the posts and pages warns about, sorted by file and line. */
    List<ContentProblem> warnings() {
        return sorted(warnings);
    }

    /** What in the Markdown of the posts and pages must fail the build, sorted by file and line. */
    List<ContentProblem> errors() {
        return sorted(errors);
    }

    private RenderedMarkdown markdown(Supplier<RenderedMarkdown> rendering) {
        try {
            return rendering.get();
        } catch (MarkdownTooComplexException e) {
            tooComplex.putIfAbsent(e.sourcePath(), e);
            return null;
        }
    }

    /** Keeps the problems of a document's Markdown and checks its links, before any page showing it is scanned. */
    private void checked(String source, String path, RenderedMarkdown rendered) {
        warnings.addAll(rendered.warnings());
        errors.addAll(rendered.errors());
        brokenLinks.check(source, path, rendered);
    }

    /** Whether the plan writes the document read from {@code source} at {@code path}, rather than another file. */
    private boolean writes(String path, Rank rank, String source) {
        return plan.get(path) instanceof Rendered file && file.rank() == rank && file.origin().equals(source);
    }

    /** How a page is prepared for rendering. */
    @FunctionalInterface
    interface Preparation {
        PageRenderer.Prepared prepare() throws TemplateFailure, IOException;
    }

    /**
     * Renders a page of the plan and writes it at {@code path}, unless a page failed before.
     *
     * @return the template failure of the page, or null
     */
    TemplateFailure write(String path, Preparation preparation, PageRenderer renderer) throws IOException {
        try {
            renderer.render(preparation.prepare(), (bytes, length) -> {
                if (!failed.get()) {
                    writer.write(path, bytes, length);
                }
            });
        } catch (TemplateFailure failure) {
            failed.set(true);
            return failure;
        }
        return null;
    }

    private static List<ContentProblem> sorted(Queue<ContentProblem> problems) {
        List<ContentProblem> list = new ArrayList<>(problems);
        list.sort(null);
        return list;
    }

    /** A post of the feeds, whose Markdown they show again with absolute links. */
    private record FeedPost(Post post) {
    }
}
