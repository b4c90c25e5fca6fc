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
import io.github.blogmaven.renderer.internal.content.RenderedContent;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds one loaded site into an output session: plan, check the plan against the user's files in the output,
 * render the Markdown, then render each page and write it at once into the session's staging folder, so only
 * the pages being rendered are held in memory, and finally check every internal link against the plan. The
 * caller commits the session when this succeeded; until then the output directory is as it was, so a template
 * error or a broken link leaves it untouched.
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

    private final Site site;
    private final OutputSession output;
    private final BuildListener listener;
    private final Function<MarkdownSource, RenderedMarkdown> markdown;
    private final boolean failOnBrokenLinks;

    /**
     * @param markdown a thread-safe Markdown renderer, such as {@code MarkdownRenderer::renderInPlace}: it runs on
     *     the build's workers, each with a stack of {@code MarkdownRenderer.STACK_BYTES}
     * @param failOnBrokenLinks fail on a link to a path the build does not write; when false, warn
     */
    public SiteBuild(Site site, OutputSession output, BuildListener listener,
            Function<MarkdownSource, RenderedMarkdown> markdown, boolean failOnBrokenLinks) {
        this.site = site;
        this.output = output;
        this.listener = listener;
        this.markdown = markdown;
        this.failOnBrokenLinks = failOnBrokenLinks;
    }

    public Outcome run() throws GenerateException, IOException {
        long start = System.nanoTime();
        Links links = new Links(site.config());
        Routes routes = new Routes(site.config());
        Theme theme = Theme.open(site.baseDir(), site.config(), links, listener);
        List<PlannedFile> plan = new OutputPlanner(site, routes, theme.assets(), listener).plan();
        Set<String> outputPaths = new HashSet<>();
        plan.forEach(file -> outputPaths.add(file.path()));
        List<Post> feedPosts = Feeds.select(site);
        output.claim(outputPaths);
        start = lap("planned " + plan.size() + " files", start);

        try (Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            ExternalLinks externalLinks = ExternalLinks.of(site.config());
            RenderedContent content = new ContentRenderer(markdown, postFilter(externalLinks), null)
                    .render(site, Set.copyOf(outputPaths), feedPosts, parallel);
            start = lap("rendered the Markdown of " + (site.posts().size() + site.pages().size()) + " documents", start);
            // an unknown tag plugin is a warning; a post_link to no post fails the build, as it fails Hexo's
            content.warnings().forEach(problem -> listener.warn(problem.toString()));
            if (!content.errors().isEmpty()) {
                throw new GenerateException(content.errors());
            }
            Views views = new Views(site, content, links, routes);
            BrokenLinks brokenLinks = new BrokenLinks(site, content, outputPaths, theme::describe);
            PageRenderer renderer = new PageRenderer(theme, views, content, routes, new Feeds(site, links, routes),
                    feedPosts, brokenLinks, externalLinks != null && externalLinks.field() == ExternalLinks.Field.SITE
                            ? externalLinks : null,
                    site.config().relativeLink() ? new RelativeLinks(site.config().root()) : null, null);

            // Each page goes to disk as soon as it is rendered. Every page is still rendered after a template
            // error, to report each broken template once, but nothing more is written: the build has failed.
            OutputWriter writer = output.writer();
            AtomicBoolean failed = new AtomicBoolean();
            List<TemplateFailure> failures = parallel.map(plan, file -> {
                if (file instanceof Rendered rendered) {
                    String page;
                    try {
                        page = renderer.render(rendered.task().prepare(renderer));
                    } catch (TemplateFailure failure) {
                        failed.set(true);
                        return failure;
                    }
                    if (!failed.get()) {
                        writer.write(rendered.path(), page.getBytes(StandardCharsets.UTF_8));
                    }
                } else if (!failed.get()) {
                    Copied copied = (Copied) file;
                    if (copied.file() != null) {
                        writer.copy(copied.file(), copied.path());
                    } else {
                        writer.copyResource(copied.resource(), copied.path());
                    }
                }
                return null;
            });
            failIfAny(failures);
            // Pages are still only in the staging folder: a broken link fails the build before the swap.
            brokenLinks.report(failOnBrokenLinks, listener);
            lap("rendered and wrote " + plan.size() + " files", start);
        }

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
     * posts/a.html and 41 more pages)}.
     */
    private static void failIfAny(List<TemplateFailure> results) throws GenerateException {
        Map<String, List<TemplateFailure>> byError = new LinkedHashMap<>();
        for (TemplateFailure failure : results) {
            if (failure != null) {
                String key = failure.template() + ":" + failure.line() + ":" + failure.column() + ":"
                        + failure.description();
                byError.computeIfAbsent(key, k -> new ArrayList<>()).add(failure);
            }
        }
        if (byError.isEmpty()) {
            return;
        }
        List<ContentProblem> problems = new ArrayList<>();
        for (List<TemplateFailure> failures : byError.values()) {
            TemplateFailure first = failures.get(0);
            String pages = failures.size() == 1 ? first.page()
                    : first.page() + " and " + (failures.size() - 1) + " more page" + (failures.size() > 2 ? "s" : "");
            problems.add(new ContentProblem(first.template(), first.line(), first.column(), null,
                    first.description() + " (while rendering " + pages + ")", first.hint()));
        }
        throw new GenerateException(problems);
    }
}
