package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.PageKind;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Copied;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rendered;
import io.github.blogmaven.renderer.internal.content.ContentRenderer;
import io.github.blogmaven.renderer.internal.content.UnrenderableContentException;
import io.github.blogmaven.renderer.internal.feed.Feeds;
import io.github.blogmaven.renderer.internal.links.ExternalLinks;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.links.RelativeLinks;
import io.github.blogmaven.renderer.internal.markdown.MarkdownRenderer;
import io.github.blogmaven.renderer.internal.markdown.MarkdownSource;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import io.github.blogmaven.renderer.internal.output.OutputSession;
import io.github.blogmaven.renderer.internal.output.OutputWriter;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import io.github.blogmaven.renderer.internal.theme.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds one loaded site into an output session: copy the site's own files while planning, check the plan against
 * the user's files in the output, then render each post and page, its Markdown and at once its page, and write the
 * page into the session's staging folder, keeping of it only what list pages show (for a site too big to keep every
 * post's HTML in memory, its HTML goes to the scratch file, for a theme that lists whole posts); then render and
 * write the list pages, feeds and the rest; finally check every internal link against the plan. So memory holds the
 * pages being rendered and a small view of each post, however many posts there are. The caller commits the session
 * when this succeeded; until then the output directory is as it was, so a template error or a broken link leaves it
 * untouched.
 */
public final class SiteBuild {
    /**
     * What a build wrote.
     *
     * @param pages rendered files of each kind
     * @param assetsCopied files copied as they are
     */
    public record Outcome(Map<PageKind, Integer> pages, int assetsCopied) {
    }

    /**
     * How many bytes of the heap the posts' HTML may take, as a share of the most the JVM may use: below that the
     * list views hold it, above it goes to the scratch file. Writing it costs time (encoding it as UTF-8 is about
     * 2 % of a 10,000-post build in C1 code), so a site that fits keeps it.
     */
    private static final int HEAP_SHARE_FOR_HTML = 4;
    /** Rendered HTML has about one and a half times the characters of its Markdown, two bytes each for CJK text. */
    private static final int HTML_BYTES_PER_SOURCE_CHAR = 3;

    private final Site site;
    private final OutputSession output;
    private final BuildListener listener;
    private final Function<MarkdownSource, RenderedMarkdown> markdown;
    private final boolean failOnBrokenLinks;
    private final long htmlBudget;

    /**
     * @param markdown a thread-safe Markdown renderer, such as {@code MarkdownRenderer::renderInPlace}: it runs on
     *     the build's workers, each with a stack of {@code MarkdownRenderer.STACK_BYTES}
     * @param failOnBrokenLinks fail on a link to a path the build does not write; when false, warn
     */
    public SiteBuild(Site site, OutputSession output, BuildListener listener,
            Function<MarkdownSource, RenderedMarkdown> markdown, boolean failOnBrokenLinks) {
        this(site, output, listener, markdown, failOnBrokenLinks,
                Runtime.getRuntime().maxMemory() / HEAP_SHARE_FOR_HTML);
    }

    /** @param htmlBudget how many bytes the posts' HTML may take in memory before it goes to the scratch file */
    SiteBuild(Site site, OutputSession output, BuildListener listener,
            Function<MarkdownSource, RenderedMarkdown> markdown, boolean failOnBrokenLinks, long htmlBudget) {
        this.site = site;
        this.output = output;
        this.listener = listener;
        this.markdown = markdown;
        this.failOnBrokenLinks = failOnBrokenLinks;
        this.htmlBudget = htmlBudget;
    }

    /**
     * @throws UnrenderableContentException when the Markdown of some posts or pages is too complex to render;
     *     pages may have been written to the staging folder already
     */
    public Outcome run() throws GenerateException, IOException {
        long start = System.nanoTime();
        try (Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            OutputWriter writer = output.writer();
            // The site's own files are copied while the build is planned, on the cores planning leaves idle. The
            // plan keeps every one of them: the model gives no two of posts, pages and these files one path, and
            // they win over generated pages and theme files.
            Parallel.Batch<Void> assetCopies = parallel.start(site.assets(), asset -> {
                writer.copy(asset.source().file(), asset.path());
                return null;
            });
            Links links = new Links(site.config());
            Routes routes = new Routes(site.config());
            Theme theme = Theme.open(site.baseDir(), site.config(), links, listener);
            OutputPlanner planner = new OutputPlanner(site, routes, theme.assets(), listener);
            Map<String, PlannedFile> byPath = planner.plan();
            List<PlannedFile> plan = List.copyOf(byPath.values());
            Set<String> outputPaths = byPath.keySet();
            List<Post> feedPosts = Feeds.select(site);
            output.claim(outputPaths);
            start = lap("planned " + plan.size() + " files", start);

            ExternalLinks externalLinks = ExternalLinks.of(site.config());
            BrokenLinks brokenLinks = new BrokenLinks(site.config().root(), outputPaths, theme::describe);
            Views views = Views.of(site, links, routes);
            Feeds feeds = new Feeds(site, links, routes);
            ExternalLinks siteLinks = externalLinks != null && externalLinks.field() == ExternalLinks.Field.SITE
                    ? externalLinks : null;
            RelativeLinks relativeLinks = site.config().relativeLink() ? new RelativeLinks(site.config().root()) : null;
            // Each page goes to disk as soon as it is rendered. Every page is still rendered after a template
            // error, to report each broken template once, but nothing more is written: the build has failed.
            AtomicBoolean failed = new AtomicBoolean();

            // The list views keep a post's HTML only for a theme that prints it on list pages.
            boolean listsShowContent = theme.mayReadContent(planner.listingTemplates());
            Documents documents = new Documents(site, new ContentRenderer(markdown, postFilter(externalLinks), null),
                    outputPaths, byPath, views, brokenLinks, listsShowContent,
                    !listsShowContent || htmlFits() ? null : output.scratch(), writer, failed);
            PageRenderer documentPages = new PageRenderer(theme, views, Documents.NOTHING, routes, feeds, feedPosts,
                    brokenLinks, siteLinks, relativeLinks, null);
            List<TemplateFailure> failures = new ArrayList<>(
                    parallel.map(documents.jobs(feedPosts), job -> documents.render(job, documentPages)));
            documents.failIfTooComplex();
            start = lap("rendered and wrote " + (site.posts().size() + site.pages().size()) + " posts and pages",
                    start);

            PageRenderer renderer = new PageRenderer(theme, views.withPosts(documents.listed()),
                    documents.feedRenderings(), routes, feeds, feedPosts, brokenLinks, siteLinks, relativeLinks, null);
            failures.addAll(parallel.map(plan, file -> {
                if (file instanceof Rendered rendered) {
                    return Documents.isDocument(rendered) ? null
                            : documents.write(rendered.path(), () -> rendered.task().prepare(renderer), renderer);
                }
                Copied copied = (Copied) file;
                if (!failed.get() && copied.rank() != PlannedFile.Rank.ASSET) {
                    if (copied.file() != null) {
                        writer.copy(copied.file(), copied.path());
                    } else {
                        writer.copyResource(copied.resource(), copied.path());
                    }
                }
                return null;
            }));
            assetCopies.results();
            // an unknown tag plugin is a warning; a post_link to no post fails the build, as it fails Hexo's
            documents.warnings().forEach(problem -> listener.warn(problem.toString()));
            List<ContentProblem> problems = new ArrayList<>(documents.errors());
            problems.addAll(templateProblems(failures));
            if (!problems.isEmpty()) {
                throw new GenerateException(problems);
            }
            // Pages are still only in the staging folder: a broken link fails the build before the swap.
            brokenLinks.report(failOnBrokenLinks, listener);
            lap("rendered and wrote the other " + (plan.size() - site.posts().size() - site.pages().size())
                    + " files", start);
            return outcome(plan);
        }
    }

    private static Outcome outcome(List<PlannedFile> plan) {
        Map<PageKind, Integer> counts = new EnumMap<>(PageKind.class);
        int copied = 0;
        for (PlannedFile file : plan) {
            if (file instanceof Rendered rendered) {
                counts.merge(rendered.kind(), 1, Integer::sum);
            } else {
                copied++;
            }
        }
        return new Outcome(counts, copied);
    }

    /** Whether the HTML of every post, as the list views hold it, fits in {@link #htmlBudget}. */
    private boolean htmlFits() {
        long chars = 0;
        for (Post post : site.posts()) {
            chars += post.body().length();
        }
        return chars * HTML_BYTES_PER_SOURCE_CHAR <= htmlBudget;
    }

    /** What Hexo's filters do to a post's HTML once rendered: {@code external_link.field: post}; else null. */
    static UnaryOperator<String> postFilter(ExternalLinks externalLinks) {
        return externalLinks != null && externalLinks.field() == ExternalLinks.Field.POST ? externalLinks::apply : null;
    }

    private long lap(String what, long since) {
        long now = System.nanoTime();
        listener.debug(what + " in " + (now - since) / 1_000_000 + " ms");
        return now;
    }

    /**
     * One problem per template error, however many pages it broke: {@code post.ftlh:3:5: ... (while rendering
     * posts/a.html and 41 more pages)}, the first page in path order.
     */
    private static List<ContentProblem> templateProblems(List<TemplateFailure> results) {
        List<TemplateFailure> sorted = new ArrayList<>();
        results.stream().filter(Objects::nonNull).forEach(sorted::add);
        sorted.sort(Comparator.comparing(TemplateFailure::page));
        Map<String, List<TemplateFailure>> byError = new LinkedHashMap<>();
        for (TemplateFailure failure : sorted) {
            String key = failure.template() + ":" + failure.line() + ":" + failure.column() + ":"
                    + failure.description();
            byError.computeIfAbsent(key, k -> new ArrayList<>()).add(failure);
        }
        List<ContentProblem> problems = new ArrayList<>();
        for (List<TemplateFailure> failures : byError.values()) {
            TemplateFailure first = failures.get(0);
            String pages = failures.size() == 1 ? first.page()
                    : first.page() + " and " + (failures.size() - 1) + " more page" + (failures.size() > 2 ? "s" : "");
            problems.add(new ContentProblem(first.template(), first.line(), first.column(), null,
                    first.description() + " (while rendering " + pages + ")", first.hint()));
        }
        return problems;
    }
}
