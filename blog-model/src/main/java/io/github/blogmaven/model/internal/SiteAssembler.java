package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Asset;
import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
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

/**
 * Loads one site: reads the configuration, scans the sources, parses every file in parallel, then decides
 * abbrlinks, output paths and taxonomies. Every problem found on the way is collected, and if there is any,
 * one {@link ContentException} lists them all; otherwise the {@link Site} is returned. One instance per load.
 */
public final class SiteAssembler {
    private static final Comparator<Post> NEWEST_FIRST = Comparator.comparing(Post::date).reversed()
            .thenComparing(post -> post.source().relativePath());

    private final Path baseDir;
    private final LoadOptions options;
    private final Problems problems = new Problems();

    public SiteAssembler(Path baseDir, LoadOptions options) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.options = options;
    }

    public Site load() throws ContentException, IOException {
        LoadSettings settings = readConfig();
        SiteConfig config = settings.config();
        if (!config.timezoneConfigured()) {
            options.log().accept(Hints.NO_TIMEZONE);
        }
        SourceTree tree = new SourceScanner(settings).scan(baseDir, settings.sourceDir());
        SourceDates dates = new SourceDates(new DateReader(config.timezone()));

        PostReader postReader = new PostReader(settings, PermalinkResolver.frontMatterTokens(config.permalink()));
        List<PostEntry> entries = collect(ParallelReader.read(tree.posts(), dates.reader(),
                (file, parsed, modified, found) -> postReader.read(file, parsed, modified, dates, found)));
        PageReader pageReader = new PageReader(settings);
        List<Page> pages = collect(ParallelReader.read(tree.pages(), dates.reader(),
                (file, parsed, modified, found) -> pageReader.read(file, parsed, modified, dates, found)));

        List<Post> posts = publishedPosts(entries, config);
        List<Asset> assets = assets(tree, entries, posts, config);
        checkOutputPaths(posts, pages, assets);
        Map<String, Object> data = readData(tree.dataFiles(), dates.reader());

        if (!problems.isEmpty()) {
            throw new ContentException(problems.list());
        }
        posts.sort(NEWEST_FIRST);
        pages.sort(Comparator.comparing(Page::path));
        assets.sort(Comparator.comparing(Asset::path));
        List<Tag> tags = new TagIndexBuilder(options.log()).build(posts);
        List<Category> categories = new CategoryTreeBuilder(options.log()).build(posts);
        return new Site(baseDir, config, posts, pages, assets, tags, categories, data);
    }

    private LoadSettings readConfig() throws IOException {
        Path file = baseDir.resolve(ConfigReader.FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(ConfigReader.FILE, 0, 0, null,
                    "is missing from " + baseDir, Hints.CONFIG_MISSING));
            return ConfigReader.defaults();
        }
        return ConfigReader.read(SourceText.decode(Files.readAllBytes(file)), problems);
    }

    private <T> List<T> collect(List<ParallelReader.Result<T>> results) {
        List<T> values = new ArrayList<>(results.size());
        for (ParallelReader.Result<T> result : results) {
            problems.addAll(result.problems());
            result.warnings().forEach(options.log());
            if (result.value() != null) {
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
            String path = permalinks.resolve(entry, abbrlink, lastCategory, problems);
            if (path == null) {
                continue;
            }
            posts.add(new Post(entry.file().source(), entry.title(), entry.date(), entry.updated(), tags, categories,
                    abbrlink, entry.layout(), entry.draft(), entry.lang(), entry.comments(), entry.excerpt(),
                    entry.slug(), path, entry.content(), entry.contentLine(), entry.frontMatter()));
        }
        return posts;
    }

    private List<Asset> assets(SourceTree tree, List<PostEntry> entries, List<Post> posts, SiteConfig config) {
        List<Asset> assets = new ArrayList<>();
        tree.assets().forEach(file -> assets.add(new Asset(file.source(), file.inSource())));
        Map<String, Post> publishedBySource = new HashMap<>();
        posts.forEach(post -> publishedBySource.put(post.source().relativePath(), post));
        List<ScannedFile> postFiles = entries.stream().map(PostEntry::file).toList();
        assets.addAll(new PostAssetResolver(config.postAssetFolder(), options.log())
                .resolve(tree.postFolderFiles(), postFiles, publishedBySource));
        return assets;
    }

    private static Term last(List<Term> chain) {
        return chain.get(chain.size() - 1);
    }

    private void checkOutputPaths(List<Post> posts, List<Page> pages, List<Asset> assets) {
        record Claim(String path, String owner, String key) {
        }
        List<Claim> claims = new ArrayList<>();
        posts.forEach(post -> claims.add(new Claim(post.path(), post.source().relativePath(), "permalink")));
        pages.forEach(page -> claims.add(new Claim(page.path(), page.source().relativePath(),
                page.frontMatter().has("permalink") ? "permalink" : null)));
        assets.forEach(asset -> claims.add(new Claim(asset.path(), asset.source().relativePath(), null)));
        claims.sort(Comparator.comparing(Claim::owner).thenComparing(Claim::path));
        OutputPaths outputPaths = new OutputPaths(problems);
        claims.forEach(claim -> outputPaths.claim(claim.path(), claim.owner(), claim.key()));
    }

    private Map<String, Object> readData(List<ScannedFile> files, DateReader dates) throws IOException {
        DataReader reader = new DataReader(dates);
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ScannedFile file : files) {
            String name = DataReader.name(file);
            String previous = sources.putIfAbsent(name, file.relativePath());
            if (previous != null) {
                problems.add(file.relativePath(), 0, 0, null, "is site.data." + name + ", as is " + previous,
                        Hints.DATA_COLLISION);
                continue;
            }
            data.put(name, reader.read(file, SourceText.decode(Files.readAllBytes(file.file())), problems));
        }
        return data;
    }
}
