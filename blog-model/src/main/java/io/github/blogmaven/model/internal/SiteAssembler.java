package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Asset;
import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.FrontMatter;
import io.github.blogmaven.model.LoadListener;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads one site: reads the configuration, scans the sources, parses every file in parallel, then decides
 * abbrlinks, output paths and taxonomies. Every problem found on the way is collected, and if there is any,
 * one {@link ContentException} lists them all; otherwise the {@link Site} is returned. One instance per load.
 *
 * <p>In lenient mode each problem of a source file is logged as a warning instead (the same text), the file is
 * left out as if it were absent, and the rest is loaded. Problems of {@code _config.yml} and of the theme folder
 * still fail, since they concern every page.
 */
public final class SiteAssembler {
    /**
     * The posts keep their bodies in memory when their files take at most this share of the heap the JVM may use
     * ({@link io.github.blogmaven.model.Body}). Above it, 100,000 posts would hold half a gigabyte of Markdown
     * for the whole build, copied into the old generation while the site loads, and the collector would spend
     * seconds in full collections of it; read again when each post is rendered, a body lives a few milliseconds.
     * Below it, reading each file once is cheaper.
     */
    private static final int HEAP_SHARE_FOR_BODIES = 16;
    private static final Comparator<Post> NEWEST_FIRST = Comparator.comparing(Post::date).reversed()
            .thenComparing(post -> post.source().relativePath());

    private final Path baseDir;
    private final LoadOptions options;
    private final LoadListener listener;
    /** What fails the load: everything in strict mode; configuration and theme problems in lenient mode. */
    private final Problems problems = new Problems();
    /** Lenient mode: the problems of the files left out, logged as warnings at the end. */
    private final List<ContentProblem> skippedProblems = new ArrayList<>();
    /** Lenient mode: the files left out, by path relative to the base directory. */
    private final Set<String> skipped = new TreeSet<>();
    private final ReadCache cache;
    private final long bodyBudget;

    public SiteAssembler(Path baseDir, LoadOptions options) {
        this(baseDir, options, null);
    }

    /** @param cache what earlier loads of this site read, reused for unchanged files and updated; null for none */
    public SiteAssembler(Path baseDir, LoadOptions options, ReadCache cache) {
        this(baseDir, options, cache, Runtime.getRuntime().maxMemory() / HEAP_SHARE_FOR_BODIES);
    }

    /** @param bodyBudget how many bytes the posts' files may have for the posts to keep their bodies in memory */
    SiteAssembler(Path baseDir, LoadOptions options, ReadCache cache, long bodyBudget) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.options = options;
        this.listener = options.listener();
        this.cache = cache;
        this.bodyBudget = bodyBudget;
    }

    public Site load() throws ContentException, IOException {
        LoadSettings settings = readConfig();
        SiteConfig config = settings.config();
        if (!config.timezoneConfigured()) {
            listener.info(Hints.NO_TIMEZONE);
        }
        checkTheme(config);
        Problems scanProblems = new Problems();
        SourceTree tree = new SourceScanner(settings).scan(baseDir, settings.sourceDir(), scanProblems);
        fileProblems(scanProblems);
        SourceDates dates = new SourceDates(new DateReader(config.timezone()));

        long postBytes = 0;
        for (ScannedFile post : tree.posts()) {
            postBytes += post.size();
        }
        PostReader postReader = new PostReader(settings, PermalinkResolver.frontMatterTokens(config.permalink()),
                postBytes <= bodyBudget);
        List<PostEntry> entries = collect(ParallelReader.read(tree.posts(), dates.reader(),
                (file, parsed, modified, found) -> postReader.read(file, parsed, modified, dates, found), cache,
                settings));
        PageReader pageReader = new PageReader(settings);
        List<Page> pages = collect(ParallelReader.read(tree.pages(), dates.reader(),
                (file, parsed, modified, found) -> pageReader.read(file, parsed, modified, dates, found), cache,
                settings));
        if (cache != null) {
            Set<String> read = new java.util.HashSet<>();
            tree.posts().forEach(file -> read.add(file.relativePath()));
            tree.pages().forEach(file -> read.add(file.relativePath()));
            cache.retainOnly(read);
        }

        List<Post> posts = publishedPosts(entries, config);
        List<Asset> assets = assets(tree, entries, posts, config);
        Set<String> refused = checkOutputPaths(posts, pages, assets);
        if (!refused.isEmpty()) {
            // Lenient mode only: what lost its path goes, and with a post its asset folder.
            posts.removeIf(post -> refused.contains(post.source().relativePath()));
            pages.removeIf(page -> refused.contains(page.source().relativePath()));
            assets = assets(tree, entries, posts, config);
            assets.removeIf(asset -> refused.contains(asset.source().relativePath()));
        }
        Map<String, Object> data = readData(tree.dataFiles(), dates.reader());
        Map<String, Object> theme = new ThemeConfigReader(baseDir, dates.reader()).read(config, problems);

        reportSkipped();
        if (!problems.isEmpty()) {
            throw new ContentException(problems.list());
        }
        posts.sort(NEWEST_FIRST);
        pages.sort(Comparator.comparing(Page::path));
        assets.sort(Comparator.comparing(Asset::path));
        List<Tag> tags = new TagIndexBuilder(listener::warn).build(posts);
        List<Category> categories = new CategoryTreeBuilder(listener::warn).build(posts);
        return new Site(baseDir, config, posts, pages, assets, tags, categories, data, theme);
    }

    /** See {@link io.github.blogmaven.model.SiteLoader#leaveOut(Site, Set)}. */
    public static Site leaveOut(Site site, Set<String> sources) {
        List<Post> posts = new ArrayList<>(site.posts());
        List<String> folders = new ArrayList<>();
        posts.removeIf(post -> {
            String path = post.source().relativePath();
            if (sources.contains(path)) {
                int dot = path.lastIndexOf('.');
                folders.add((dot > path.lastIndexOf('/') ? path.substring(0, dot) : path) + "/");
                return true;
            }
            return false;
        });
        List<Page> pages = new ArrayList<>(site.pages());
        pages.removeIf(page -> sources.contains(page.source().relativePath()));
        List<Asset> assets = new ArrayList<>(site.assets());
        assets.removeIf(asset -> sources.contains(asset.source().relativePath())
                || folders.stream().anyMatch(asset.source().relativePath()::startsWith));
        List<Tag> tags = new TagIndexBuilder(message -> { }).build(posts);
        List<Category> categories = new CategoryTreeBuilder(message -> { }).build(posts);
        return new Site(site.baseDir(), site.config(), posts, pages, assets, tags, categories, site.data(),
                site.theme());
    }

    /** See {@link io.github.blogmaven.model.SiteLoader#loadConfig(Path)}. */
    public static SiteConfig loadConfig(Path baseDir) throws ContentException, IOException {
        Problems found = new Problems();
        LoadSettings settings = readConfig(baseDir, found);
        if (!found.isEmpty()) {
            throw new ContentException(found.list());
        }
        return settings.config();
    }

    private LoadSettings readConfig() throws IOException {
        return readConfig(baseDir, problems);
    }

    static LoadSettings readConfig(Path baseDir, Problems problems) throws IOException {
        Path file = baseDir.resolve(ConfigReader.FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(ConfigReader.FILE, 0, 0, null,
                    "is missing from " + baseDir, Hints.CONFIG_MISSING));
            return ConfigReader.defaults();
        }
        String text = SourceText.read(file, ConfigReader.FILE, problems);
        return text == null ? ConfigReader.defaults() : ConfigReader.read(text, problems);
    }

    // The theme's files are read by the renderer; a link among them that leads out of the project fails the
    // load in either mode, as the theme concerns every page. Its layout/ folder is left to the template loader,
    // which refuses such a link when a template is loaded, naming the template that asked for it.
    private void checkTheme(SiteConfig config) throws IOException {
        Path themes = baseDir.resolve("themes");
        if (config.theme() == null || SourceScanner.leadsOutside(baseDir, themes, "themes", problems)) {
            return;
        }
        Path theme = themes.resolve(config.theme());
        String path = "themes/" + config.theme();
        if (!Files.isDirectory(theme) || SourceScanner.leadsOutside(baseDir, theme, path, problems)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(theme)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (!name.equals("layout")) {
                SourceScanner.checkLinks(baseDir, child, path + "/" + name, problems);
            }
        }
    }

    /**
     * Takes the problems of one step over source files: in strict mode they fail the load; in lenient mode they
     * are kept to be logged as warnings and their files are left out.
     *
     * @return the files the problems name (empty in strict mode, where nothing is left out)
     */
    private Set<String> fileProblems(Problems found) {
        if (!options.lenient()) {
            problems.addAll(found);
            return Set.of();
        }
        Set<String> files = new TreeSet<>();
        for (ContentProblem problem : found.list()) {
            skippedProblems.add(problem);
            files.add(problem.path());
        }
        skipped.addAll(files);
        return files;
    }

    private void reportSkipped() {
        if (skippedProblems.isEmpty()) {
            return;
        }
        skippedProblems.stream().sorted().forEach(problem -> listener.warn(problem.toString()));
        listener.warn(Hints.lenientSkipped(skipped));
    }

    private <T> List<T> collect(List<ParallelReader.Result<T>> results) {
        List<T> values = new ArrayList<>(results.size());
        for (ParallelReader.Result<T> result : results) {
            Problems found = new Problems();
            found.addAll(result.problems());
            boolean bad = !fileProblems(found).isEmpty();
            result.warnings().forEach(listener::warn);
            if (result.value() != null && !bad) {
                values.add(result.value());
            }
        }
        return values;
    }

    private List<Post> publishedPosts(List<PostEntry> entries, SiteConfig config) {
        Map<String, String> abbrlinks = new AbbrlinkAssigner(new Abbrlink(config.abbrlink())).assign(entries);
        TermFactory terms = new TermFactory(config);
        PermalinkResolver permalinks = new PermalinkResolver(config);
        boolean showDrafts = config.renderDrafts() || options.includeDrafts();
        boolean showFuture = config.future() || options.includeFuture();
        List<Post> posts = new ArrayList<>();
        for (PostEntry entry : entries) {
            if (entry.draft() && !showDrafts || !showFuture && entry.date().toInstant().isAfter(options.now())) {
                continue;
            }
            String abbrlink = abbrlinks.get(entry.path());
            List<Term> tags = terms.tags(entry.tags());
            List<List<Term>> categories = terms.categories(entry.categories());
            Term lastCategory = categories.isEmpty() ? null : last(categories.get(categories.size() - 1));
            Problems found = new Problems();
            String path = permalinks.resolve(entry, abbrlink, lastCategory, found);
            fileProblems(found);
            if (path == null) {
                continue;
            }
            posts.add(new Post(entry.file().source(), entry.title(), entry.date(), entry.updated(), tags, categories,
                    abbrlink, entry.layout(), entry.draft(), entry.lang(), entry.comments(), entry.excerpt(),
                    entry.slug(), path, entry.body(), entry.frontMatter()));
        }
        return posts;
    }

    private List<Asset> assets(SourceTree tree, List<PostEntry> entries, List<Post> posts, SiteConfig config) {
        List<Asset> assets = new ArrayList<>();
        tree.assets().forEach(file -> assets.add(new Asset(file.source(), file.inSource())));
        Map<String, Post> publishedBySource = new HashMap<>();
        posts.forEach(post -> publishedBySource.put(post.source().relativePath(), post));
        List<ScannedFile> postFiles = entries.stream().map(PostEntry::file).toList();
        assets.addAll(new PostAssetResolver(config.postAssetFolder(), listener::info)
                .resolve(tree.postFolderFiles(), postFiles, publishedBySource));
        return assets;
    }

    private static Term last(List<Term> chain) {
        return chain.get(chain.size() - 1);
    }

    /** Claims every output path; returns the files refused one in lenient mode (in strict mode, none). */
    private Set<String> checkOutputPaths(List<Post> posts, List<Page> pages, List<Asset> assets) {
        record Claim(String path, String owner, String key, int line) {
        }
        List<Claim> claims = new ArrayList<>();
        posts.forEach(post -> claims.add(new Claim(post.path(), post.source().relativePath(), "permalink",
                permalinkLine(post.frontMatter()))));
        pages.forEach(page -> claims.add(new Claim(page.path(), page.source().relativePath(),
                page.frontMatter().has("permalink") ? "permalink" : null, permalinkLine(page.frontMatter()))));
        assets.forEach(asset -> claims.add(new Claim(asset.path(), asset.source().relativePath(), null, 0)));
        claims.sort(Comparator.comparing(Claim::owner).thenComparing(Claim::path));
        Problems found = new Problems();
        OutputPaths outputPaths = new OutputPaths(found);
        claims.forEach(claim -> outputPaths.claim(claim.path(), claim.owner(), claim.key(), claim.line()));
        return fileProblems(found);
    }

    private static int permalinkLine(FrontMatter frontMatter) {
        return frontMatter.has("permalink") ? frontMatter.line("permalink") : 0;
    }

    private Map<String, Object> readData(List<ScannedFile> files, DateReader dates) throws IOException {
        DataReader reader = new DataReader(dates);
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ScannedFile file : files) {
            String name = DataReader.name(file);
            Problems found = new Problems();
            String previous = sources.putIfAbsent(name, file.relativePath());
            if (previous != null) {
                found.add(file.relativePath(), 0, 0, null, "is site.data." + name + ", as is " + previous,
                        Hints.DATA_COLLISION);
                fileProblems(found);
                continue;
            }
            String text = SourceText.read(file.file(), file.relativePath(), file.size(), found);
            Object value = text == null ? null : reader.read(file, text, found);
            boolean bad = !found.isEmpty();
            fileProblems(found);
            if (!bad) {
                data.put(name, value);
            }
        }
        return data;
    }
}
