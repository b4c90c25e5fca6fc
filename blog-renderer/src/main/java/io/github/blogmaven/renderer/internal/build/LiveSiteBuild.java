package io.github.blogmaven.renderer.internal.build;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.model.SourceCache;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Copied;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rendered;
import io.github.blogmaven.renderer.internal.content.ContentRenderer;
import io.github.blogmaven.renderer.internal.content.MarkdownCache;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.feed.Feeds;
import io.github.blogmaven.renderer.internal.links.ExternalLinks;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.links.RelativeLinks;
import io.github.blogmaven.renderer.internal.markdown.MarkdownOptions;
import io.github.blogmaven.renderer.internal.markdown.MarkdownRenderer;
import io.github.blogmaven.renderer.internal.markdown.PostIndex;
import io.github.blogmaven.renderer.internal.output.LiveOutput;
import io.github.blogmaven.renderer.internal.output.OutputSession;
import io.github.blogmaven.renderer.internal.output.OutputWriter;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import io.github.blogmaven.renderer.internal.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A site kept built in one output folder while its sources change, rebuilding only what a change affects.
 *
 * <p>Two ways to rebuild. When every changed file is a post whose front matter is as it was (a writer saving a
 * body), the posts are re-read alone ({@link SiteLoader#rereadBodies}), their Markdown rendered again, and only
 * the pages that show them rendered: their own pages, the list pages they are on, the feeds and the sitemap.
 * Nothing else can differ, since every other page shows of a post only what did not change. Any other change
 * (a new or deleted file, a title, tag or date, a page, an asset, the configuration, the theme) loads the whole
 * site again and renders every page, but the Markdown of each document is rendered again only when its text or
 * what it links to changed ({@link MarkdownCache}). Either way a page is written only when its bytes differ from
 * what is on disk, a file the site no longer has is deleted, and the outcome is the folder a whole build of the
 * same sources writes.
 *
 * <p>A rebuild that fails (a content error, a broken template) writes nothing: the last good site stays. One
 * rebuild at a time; not thread-safe.
 */
public final class LiveSiteBuild implements AutoCloseable {
    /** The length an automatic excerpt aims for, as in {@code SiteGenerator}. */
    private static final int AUTO_EXCERPT_LENGTH = 200;
    /** The list generators whose {@code order_by} may sort by {@code updated}, which every save changes. */
    private static final List<String> ORDERED_LISTS = List.of("index_generator", "archive_generator",
            "tag_generator", "category_generator", "feed");

    /**
     * What one rebuild did.
     *
     * @param written the files written, relative to the output folder
     * @param deleted the files deleted
     * @param whole whether the whole site was loaded and rendered again (else only the changed posts' pages)
     * @param rendered how many pages were rendered
     */
    public record Outcome(Set<String> written, Set<String> deleted, boolean whole, int rendered) {
    }

    /** What the last good build was made of, kept for the next. */
    private record Built(Site site, Theme theme, Routes routes, Links links, Map<String, PlannedFile> plan,
            Set<String> outputPaths, Map<String, List<String>> listingsByPost, List<Post> feedPosts,
            PostIndex index, RenderedContent content, Views views) {
    }

    private final Path baseDir;
    private final Function<Site, Path> sourceDirOf;
    private final Path outputDir;
    private final Path home;
    private final LoadOptions loadOptions;
    private final BuildListener listener;
    private final boolean failOnBrokenLinks;
    /** What each file this session wrote holds: a digest for a page, the source's stamp for a copy. */
    private final Map<String, Object> onDisk = new ConcurrentHashMap<>();
    /** The top-level template each page was last rendered with, by output path. */
    private final Map<String, String> templateOf = new ConcurrentHashMap<>();
    /** What each page was last rendered from, by output path: an equal preparation renders the same page. */
    private final Map<String, PageRenderer.Prepared> preparedOf = new ConcurrentHashMap<>();
    /**
     * The markup of every document and excerpt, by its HTML, shared between builds so that the views of an
     * unchanged post are equal to the previous build's.
     */
    private final Map<String, TemplateHTMLOutputModel> markups = new ConcurrentHashMap<>();
    /** The posts and pages as last read, so a whole-site rebuild reads only the files that changed. */
    private final SourceCache sources = new SourceCache();

    private MarkdownCache cache;
    private SiteConfig cacheConfig;
    private MarkdownRenderer markdown;
    private Built last;
    private LiveOutput output;

    /**
     * @param sourceDirOf the blog's source folder, which the output must never replace, by its loaded site
     * @param home the user's home folder, which is never built into; null when unknown
     */
    public LiveSiteBuild(Path baseDir, Function<Site, Path> sourceDirOf, Path outputDir, Path home, LoadOptions loadOptions,
            BuildListener listener, boolean failOnBrokenLinks) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.sourceDirOf = sourceDirOf;
        this.outputDir = outputDir;
        this.home = home;
        this.loadOptions = loadOptions;
        this.listener = listener;
        this.failOnBrokenLinks = failOnBrokenLinks;
    }

    /**
     * Brings the output up to date.
     *
     * @param changed the files changed since the last call, relative to the base directory with {@code /}; null
     *     when unknown (the first build, or the watcher lost events), which rebuilds the whole site
     * @throws GenerateException listing every problem; the output is left as it was
     */
    public Outcome build(Set<String> changed) throws GenerateException, IOException {
        Set<String> templates = last == null || changed == null ? null : changedTemplates(changed);
        if (templates != null) {
            return templates(templates);
        }
        if (last != null && changed != null && !changed.isEmpty() && !ordersByUpdated(last.site().config())) {
            Site reread = onlyPosts(changed) ? SiteLoader.rereadBodies(last.site(), changed).orElse(null) : null;
            if (reread != null) {
                return bodies(reread, changed);
            }
        }
        return whole(changed);
    }

    @Override
    public void close() throws IOException {
        if (output != null) {
            output.close();
        }
    }

    private boolean onlyPosts(Set<String> changed) {
        Set<String> posts = new HashSet<>();
        for (Post post : last.site().posts()) {
            if (changed.contains(post.source().relativePath())) {
                posts.add(post.source().relativePath());
            }
        }
        return posts.size() == changed.size();
    }

    private static boolean ordersByUpdated(SiteConfig config) {
        for (String list : ORDERED_LISTS) {
            if (config.values().get(list) instanceof Map<?, ?> settings
                    && String.valueOf(settings.get("order_by")).contains("updated")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The templates of the site theme's layout folder that {@code changed} names, when it names nothing else and
     * each was there before and still is (a new or deleted template can change which template a page uses);
     * else null.
     */
    private Set<String> changedTemplates(Set<String> changed) {
        String folder = last.theme().layoutFolder();
        if (folder == null || changed.isEmpty()) {
            return null;
        }
        Set<String> templates = new TreeSet<>();
        for (String path : changed) {
            String name = path.startsWith(folder) ? path.substring(folder.length()) : null;
            if (name == null || !last.theme().layoutFiles().contains(name)
                    || !Files.isRegularFile(baseDir.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            templates.add(name);
        }
        return templates;
    }

    /** Templates that changed: the pages rendered with a template using one of them, and no other. */
    private Outcome templates(Set<String> changed) throws GenerateException, IOException {
        Built before = last;
        Theme theme = Theme.open(baseDir, before.site().config(), before.links(), listener);
        if (!theme.layoutFiles().equals(before.theme().layoutFiles())) {
            return whole(null);
        }
        Set<String> users = theme.users(new TreeSet<>(templateOf.values()), changed);
        List<PlannedFile> affected = new ArrayList<>();
        for (PlannedFile file : before.plan().values()) {
            String template = templateOf.get(file.path());
            if (file instanceof Rendered && template != null && users.contains(template)) {
                affected.add(file);
            }
        }
        Built now = new Built(before.site(), theme, before.routes(), before.links(), before.plan(),
                before.outputPaths(), before.listingsByPost(), before.feedPosts(), before.index(), before.content(),
                before.views());
        try (Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            Staged done = update(now, affected, parallel, Set.of(), false, Set.of(), null);
            last = now;
            return new Outcome(done.written(), Set.of(), false, done.rendered());
        }
    }

    /** Posts that changed only in body: their pages, the lists they are on, the feeds and the sitemaps. */
    private Outcome bodies(Site site, Set<String> changed) throws GenerateException, IOException {
        Built before = last;
        List<Post> changedPosts = site.posts().stream()
                .filter(post -> changed.contains(post.source().relativePath())).toList();
        // Dates and order are as they were, so the feeds hold the same posts: the new objects of the changed ones.
        Map<String, Post> bySource = new HashMap<>();
        changedPosts.forEach(post -> bySource.put(post.source().relativePath(), post));
        List<Post> feedPosts = before.feedPosts().stream()
                .map(post -> bySource.getOrDefault(post.source().relativePath(), post)).toList();
        try (Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            RenderedContent content = content(site, parallel, contents -> contents.update(before.content(), site,
                    changedPosts, before.outputPaths(), feedPosts, before.index(), parallel));
            Views views = before.views().withNewBodies(site, content, changedPosts);
            Set<String> pages = new TreeSet<>();
            for (Post post : changedPosts) {
                pages.add(post.path());
                pages.addAll(before.listingsByPost().getOrDefault(post.source().relativePath(), List.of()));
            }
            pages.add(Links.fileOf(before.routes().atom()));
            pages.add(Links.fileOf(before.routes().rss2()));
            before.routes().sitemaps().forEach(sitemap -> pages.add(Links.fileOf(sitemap)));
            List<PlannedFile> affected = new ArrayList<>();
            for (String page : pages) {
                PlannedFile file = before.plan().get(page);
                if (file instanceof Rendered) {
                    affected.add(file);
                }
            }
            Built now = new Built(site, before.theme(), before.routes(), before.links(), before.plan(),
                    before.outputPaths(), before.listingsByPost(), feedPosts, before.index(), content, views);
            Staged done = update(now, affected, parallel, changed, false, Set.of(), null);
            last = now;
            return new Outcome(done.written(), Set.of(), false, done.rendered());
        }
    }

    /**
     * Anything else: the whole site loaded again. A page is rendered again unless what it is rendered from is
     * equal to the last time and nothing it could depend on outside its model changed: the configuration, the
     * theme, or a path it might link to (a removed output path could break a link of its template).
     *
     * @param changed the files that changed, or null when unknown
     */
    private Outcome whole(Set<String> changed) throws GenerateException, IOException {
        Site site;
        if (changed != null) {
            sources.forget(changed);
        }
        try {
            site = SiteLoader.load(baseDir, loadOptions, sources);
        } catch (ContentException e) {
            throw new GenerateException(e.problems());
        }
        if (!site.config().equals(cacheConfig)) {
            cache = new MarkdownCache();
            cacheConfig = site.config();
            markdown = new MarkdownRenderer(new MarkdownOptions(site.config().markdownBreaks(), AUTO_EXCERPT_LENGTH));
        }
        Links links = new Links(site.config());
        Routes routes = new Routes(site.config());
        Theme theme = Theme.open(site.baseDir(), site.config(), links, listener);
        OutputPlanner planner = new OutputPlanner(site, routes, theme.assets(), listener);
        Map<String, PlannedFile> planned = planner.plan();
        List<PlannedFile> plan = List.copyOf(planned.values());
        Map<String, PlannedFile> byPath = new TreeMap<>(planned);
        Set<String> outputPaths = Collections.unmodifiableSet(new TreeSet<>(byPath.keySet()));
        List<Post> feedPosts = Feeds.select(site);

        if (output == null) {
            return first(site, theme, routes, links, plan, byPath, outputPaths, planner, feedPosts);
        }
        output.claim(outputPaths);
        boolean skipUnchanged = last != null && changed != null && outputPaths.containsAll(last.outputPaths())
                && changed.stream().noneMatch(path -> path.startsWith("themes/")
                        || path.startsWith("_config.") && !path.contains("/"));
        try (Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            PostIndex index = ContentRenderer.index(site);
            RenderedContent content = content(site, parallel,
                    contents -> contents.render(site, outputPaths, feedPosts, index, parallel));
            Set<String> used = ConcurrentHashMap.newKeySet();
            Views views = new Views(site, content, links, routes, html -> markup(html, used), last == null ? null
                    : last.views());
            Built now = new Built(site, theme, routes, links, byPath, outputPaths, planner.listingsByPost(),
                    feedPosts, index, content, views);
            Set<String> deleted = new TreeSet<>(last == null ? Set.of() : last.outputPaths());
            deleted.removeAll(outputPaths);
            Staged done = update(now, plan, parallel, null, skipUnchanged, deleted, outputPaths);
            deleted.forEach(onDisk::remove);
            deleted.forEach(templateOf::remove);
            deleted.forEach(preparedOf::remove);
            markups.keySet().retainAll(used);
            last = now;
            return new Outcome(done.written(), deleted, true, done.rendered());
        }
    }

    /** The first build: a whole one through an output session, as {@code mvn package} writes it. */
    private Outcome first(Site site, Theme theme, Routes routes, Links links, List<PlannedFile> plan,
            Map<String, PlannedFile> byPath, Set<String> outputPaths, OutputPlanner planner, List<Post> feedPosts)
            throws GenerateException, IOException {
        Built now;
        try (OutputSession session = OutputSession.open(baseDir, sourceDirOf.apply(site), outputDir,
                home, listener);
                Parallel parallel = Parallel.withStack(MarkdownRenderer.STACK_BYTES)) {
            session.claim(outputPaths);
            PostIndex index = ContentRenderer.index(site);
            RenderedContent content = content(site, parallel,
                    contents -> contents.render(site, outputPaths, feedPosts, index, parallel));
            Views views = new Views(site, content, links, routes, html -> markup(html, null), null);
            now = new Built(site, theme, routes, links, byPath, outputPaths, planner.listingsByPost(), feedPosts,
                    index, content, views);
            renderAndStage(now, plan, session.writer(), parallel, null, false);
            session.commit();
        } catch (GenerateException | IOException | RuntimeException e) {
            onDisk.clear();
            throw e;
        }
        output = LiveOutput.open(baseDir, sourceDirOf.apply(site), outputDir, home);
        last = now;
        return new Outcome(new TreeSet<>(outputPaths), Set.of(), true,
                (int) plan.stream().filter(f -> f instanceof Rendered).count());
    }

    /** How the Markdown of a rebuild is rendered: all of it, or a few posts again. */
    @FunctionalInterface
    private interface ContentStep {
        RenderedContent run(ContentRenderer renderer) throws GenerateException, IOException;
    }

    /**
     * Renders the Markdown {@code step} asks for, reusing what the cache still has right; fails on the errors of
     * the content and reports its warnings.
     */
    private RenderedContent content(Site site, Parallel parallel, ContentStep step)
            throws GenerateException, IOException {
        ExternalLinks externalLinks = ExternalLinks.of(site.config());
        RenderedContent content = step.run(new ContentRenderer(markdown::renderInPlace,
                SiteBuild.postFilter(externalLinks), cache));
        content.warnings().forEach(problem -> listener.warn(problem.toString()));
        if (!content.errors().isEmpty()) {
            throw new GenerateException(content.errors());
        }
        return content;
    }

    /**
     * Renders {@code files} and stages those whose bytes differ from what this session last wrote; fails, staging
     * nothing more, on a template error or (when so configured) a broken link.
     *
     * @param checkedSources the posts and pages whose content links are checked; null for all
     *
     * @return the paths staged
     */
    private Staged renderAndStage(Built built, List<PlannedFile> files, OutputWriter staged, Parallel parallel,
            Set<String> checkedSources, boolean skipUnchanged) throws GenerateException, IOException {
        ExternalLinks externalLinks = ExternalLinks.of(built.site().config());
        BrokenLinks brokenLinks = BrokenLinks.checking(built.site(), built.content(), built.outputPaths(),
                built.theme()::describe, checkedSources);
        PageRenderer renderer = new PageRenderer(built.theme(), built.views(), built.content(), built.routes(),
                new Feeds(built.site(), built.links(), built.routes()), built.feedPosts(), brokenLinks,
                externalLinks != null && externalLinks.field() == ExternalLinks.Field.SITE ? externalLinks : null,
                built.site().config().relativeLink() ? new RelativeLinks(built.site().config().root()) : null,
                templateOf::put);
        Map<String, Object> stamps = new ConcurrentHashMap<>();
        Map<String, PageRenderer.Prepared> prepared = new ConcurrentHashMap<>();
        AtomicInteger rendered = new AtomicInteger();
        List<TemplateFailure> failures = parallel.map(files, file -> {
            if (file instanceof Rendered page) {
                PageRenderer.Prepared preparation;
                try {
                    preparation = page.task().prepare(renderer);
                } catch (TemplateFailure failure) {
                    return failure;
                }
                prepared.put(page.path(), preparation);
                if (skipUnchanged && onDisk.containsKey(page.path())
                        && preparation.equals(preparedOf.get(page.path()))) {
                    return null;
                }
                rendered.incrementAndGet();
                try {
                    renderer.render(preparation, (bytes, length) -> {
                        Digest digest = Digest.of(bytes, length);
                        if (!digest.equals(onDisk.get(page.path()))) {
                            staged.write(page.path(), bytes, length);
                            stamps.put(page.path(), digest);
                        }
                    });
                } catch (TemplateFailure failure) {
                    return failure;
                }
            } else {
                Copied copied = (Copied) file;
                Object stamp = copied.file() != null ? FileStamp.of(copied.file()) : copied.resource();
                if (!stamp.equals(onDisk.get(copied.path()))) {
                    if (copied.file() != null) {
                        staged.copy(copied.file(), copied.path());
                    } else {
                        staged.copyResource(copied.resource(), copied.path());
                    }
                    stamps.put(copied.path(), stamp);
                }
            }
            return null;
        });
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TemplateFailure failure : failures) {
            if (failure != null && seen.add(failure.template() + ":" + failure.line() + ":" + failure.description())) {
                problems.add(new ContentProblem(failure.template(), failure.line(), failure.column(), null,
                        failure.description() + " (while rendering " + failure.page() + ")", failure.hint()));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerateException(problems);
        }
        brokenLinks.report(failOnBrokenLinks, listener);
        onDisk.putAll(stamps);
        preparedOf.putAll(prepared);
        return new Staged(new TreeSet<>(stamps.keySet()), rendered.get());
    }

    /**
     * Renders {@code files} into a staging folder and, when all went well, moves what changed into the output and
     * deletes {@code deleted}; when not, drops the staging folder and leaves the output as it was.
     *
     * @param all every file of the site now; null when it has the same files as before
     */
    private Staged update(Built built, List<PlannedFile> files, Parallel parallel, Set<String> checkedSources,
            boolean skipUnchanged, Set<String> deleted, Set<String> all) throws GenerateException, IOException {
        OutputWriter staged = output.stage();
        Staged done;
        try {
            done = renderAndStage(built, files, staged, parallel, checkedSources, skipUnchanged);
        } catch (GenerateException | IOException | RuntimeException e) {
            output.discard(staged);
            throw e;
        }
        output.apply(staged, deleted, all);
        return done;
    }

    /** What {@link #renderAndStage} did: the files it staged and how many pages it rendered. */
    private record Staged(Set<String> written, int rendered) {
    }

    /** The markup of {@code html}, the same object as in the last build when the HTML is the same. */
    private TemplateHTMLOutputModel markup(String html, Set<String> used) {
        if (used != null) {
            used.add(html);
        }
        return markups.computeIfAbsent(html, Views::markup);
    }

    /** A page's bytes, by their SHA-256: equal digests, equal pages, without keeping every page in memory. */
    private record Digest(byte[] value) {
        static Digest of(byte[] bytes, int length) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(bytes, 0, length);
                return new Digest(sha256.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Digest digest && Arrays.equals(value, digest.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }

    /** What a copied file was when copied: a file with the same path, size and time is not copied again. */
    private record FileStamp(Path file, long size, long modified) {
        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(file, attributes.size(), attributes.lastModifiedTime().toMillis());
        }
    }
}
