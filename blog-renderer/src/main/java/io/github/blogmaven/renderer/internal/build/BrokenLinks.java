package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.links.HtmlLinks;
import io.github.blogmaven.renderer.internal.links.LinkTargets;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.markdown.LinkUse;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * Finds the links and images that lead to no file of the output, against the paths the plan says the build
 * writes, so it needs neither the written files nor the pages kept in memory.
 *
 * <p>The links of Markdown content are checked once per document, from what the Markdown renderer recorded,
 * and reported at their line in the source file. Pages made by templates are scanned as they are rendered;
 * what they link to beyond the content they show is reported once per URL, at the template of the first page
 * (in path order) that has it, with how many more pages and templates do: a broken {@code menu} entry of
 * {@code _config.yml} is one problem, not one per page. External links ({@code https:}, {@code //host},
 * {@code mailto:}) and links to a fragment of the same page are not checked.
 */
final class BrokenLinks {
    private static final String CONTENT_HINT =
            "check the path; files under source/ are published at the same path, a post's asset folder beside it";
    private static final String TEMPLATE_HINT =
            "check the URL the template writes, or the _config.yml or front-matter value it prints";
    /**
     * How many fine URLs from the site root each render thread remembers: every URL of a 10,000-post site, bounded
     * in memory for larger ones.
     */
    private static final int REMEMBERED_URLS = 1 << 16;

    private final LinkTargets targets;
    private final UnaryOperator<String> templateNames;
    private final Queue<ContentProblem> contentProblems = new ConcurrentLinkedQueue<>();
    /**
     * The URLs and targets the content problems already name, so the pages showing that content do not report
     * them again: by target for Markdown links (percent-encoded in the HTML), by URL for raw HTML (relative, so
     * leading elsewhere from an excerpt on another page). A document's content is checked before any page
     * showing it is scanned.
     */
    private final Set<String> reportedUrls = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedTargets = ConcurrentHashMap.newKeySet();
    private final Map<String, Pages> fromTemplates = new ConcurrentHashMap<>();
    /**
     * Each render thread's URLs from the site root that lead to a file the build writes, as written in pages: such
     * a URL means the same on every page, and the menu, the lists and the neighbours' links repeat them on
     * thousands of pages.
     */
    private final ThreadLocal<KnownUrls> fineFromRoot = ThreadLocal.withInitial(() -> new KnownUrls(REMEMBERED_URLS));

    /**
     * Checks links against {@code outputPaths}; the content of each document is checked with {@link #check}.
     *
     * @param outputPaths every path, relative to the site root, that the build writes
     * @param templateNames how problems name a template ({@code Theme::describe})
     */
    BrokenLinks(String root, Set<String> outputPaths, UnaryOperator<String> templateNames) {
        this.targets = new LinkTargets(root, outputPaths);
        this.templateNames = templateNames;
    }

    /**
     * Checks the links of the posts and pages read from {@code sources} now (every one when null): a live rebuild
     * checks only what it rendered again, the rest having been checked against the same output paths before.
     */
    static BrokenLinks checking(Site site, RenderedContent content, Set<String> outputPaths,
            UnaryOperator<String> templateNames, Set<String> sources) {
        BrokenLinks links = new BrokenLinks(site.config().root(), outputPaths, templateNames);
        for (Post post : site.posts()) {
            if (sources == null || sources.contains(post.source().relativePath())) {
                links.check(post.source().relativePath(), post.path(), content.of(post));
            }
        }
        for (Page page : site.pages()) {
            if (sources == null || sources.contains(page.source().relativePath())) {
                links.check(page.source().relativePath(), page.path(), content.of(page));
            }
        }
        return links;
    }

    /**
     * Checks the links the Markdown of one document has, from the file {@code source}, published at {@code path}.
     * Thread-safe.
     */
    void check(String source, String path, RenderedMarkdown rendered) {
        String dir = Links.directoryOf(path);
        for (LinkUse use : rendered.links()) {
            String target = targets.target(use.url(), dir);
            if (target != null && !targets.exists(target)) {
                reportedTargets.add(target);
                reportedUrls.add(use.url());
                String message = use.written().equals(use.url())
                        ? "broken link to " + use.url() + " (no such file in the output)"
                        : "broken link to " + use.written() + " (no such file in the output: " + use.url() + ")";
                contentProblems.add(new ContentProblem(source, use.line(), use.column(), null, message, CONTENT_HINT));
            }
        }
    }

    /**
     * What checks the links of the page at {@code page} that {@code template} made, given each as
     * {@link HtmlLinks#scan} reports them, from a pass of its own or one that also rewrites the page. Thread-safe.
     */
    HtmlLinks.Sink checker(String page, String template) {
        String dir = Links.directoryOf(page);
        KnownUrls fine = fineFromRoot.get();
        return new HtmlLinks.Sink() {
            @Override
            public void accept(String url, int offset, boolean src) {
                // fine first: nearly every URL is, and a fragment or an external URL is known fine without a lookup
                if (isFine(url, dir) || reportedUrls.contains(url)) {
                    return;
                }
                String target = targets.target(url, dir);
                if (!reportedTargets.contains(target)) {
                    fromTemplates.merge(url, new Pages(page, template, 1, Set.of(template)), Pages::plus);
                }
            }

            @Override
            public void acceptValue(char[] html, int valueStart, int valueEnd, boolean src) {
                // A URL from the site root as themes write it, without character references or spaces around it, is
                // its own decoded form: one seen before is known by its characters.
                if (!isPlainFromRoot(html, valueStart, valueEnd)) {
                    accept(HtmlLinks.url(html, valueStart, valueEnd), valueStart, src);
                } else if (!fine.contains(html, valueStart, valueEnd)) {
                    String url = new String(html, valueStart, valueEnd - valueStart);
                    if (isFine(url, dir)) {
                        fine.add(url);
                    } else {
                        accept(url, valueStart, src);
                    }
                }
            }
        };
    }

    /**
     * Whether {@code html[from, to)} is a URL from the site root with no character reference and no space at its
     * end to strip: then it is the URL itself.
     */
    private static boolean isPlainFromRoot(char[] html, int from, int to) {
        if (to - from < 1 || html[from] != '/' || to - from > 1 && html[from + 1] == '/'
                || Character.isWhitespace(html[to - 1])) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (html[i] == '&') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code url} on a page in {@code dir} leads outside the site or to a file the build writes. */
    private boolean isFine(String url, String dir) {
        String target = targets.target(url, dir);
        return target == null || targets.exists(target);
    }

    /** Every broken link found, in path and line order. */
    List<ContentProblem> problems() {
        List<ContentProblem> problems = new ArrayList<>(contentProblems);
        fromTemplates.forEach((url, pages) -> {
            String on = pages.count == 1 ? pages.first
                    : pages.first + " and " + (pages.count - 1) + " more page" + (pages.count > 2 ? "s" : "");
            String by = pages.templates.size() == 1 ? "" : ", made by " + pages.templates.size() + " templates";
            problems.add(new ContentProblem(templateNames.apply(pages.template), 0, 0, null,
                    "broken link to " + url + " (no such file in the output) on " + on + by, TEMPLATE_HINT));
        });
        problems.sort(null);
        return problems;
    }

    /**
     * Fails with every broken link when {@code fail}, else warns about each, in path and line order.
     *
     * @throws GenerateException listing the broken links
     */
    void report(boolean fail, BuildListener listener) throws GenerateException {
        List<ContentProblem> problems = problems();
        if (problems.isEmpty()) {
            return;
        }
        if (fail) {
            throw new GenerateException(problems);
        }
        problems.forEach(problem -> listener.warn(problem.toString()));
    }

    /** The first page, in path order, with its template; how many pages in all, and by which templates. */
    private record Pages(String first, String template, int count, Set<String> templates) {
        Pages plus(Pages other) {
            Pages earlier = first.compareTo(other.first) <= 0 ? this : other;
            Set<String> all = templates.containsAll(other.templates) ? templates : union(templates, other.templates);
            return new Pages(earlier.first, earlier.template, count + other.count, all);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }
}
