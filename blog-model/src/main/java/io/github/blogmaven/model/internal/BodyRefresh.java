package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-reads a few posts of a loaded site when only their bodies may have changed, as when a writer saves a post
 * in a preview: far cheaper than loading the whole site again, and exactly what that load would give, because
 * it gives up (empty) whenever the change is anything else. A re-read post must keep every field but its body
 * ({@code body}) and its {@code updated} time: same front matter, title, date, tags,
 * categories, draft state, so it keeps its abbrlink, path, place in every list and every taxonomy.
 */
public final class BodyRefresh {
    private final Site site;

    public BodyRefresh(Site site) {
        this.site = site;
    }

    /**
     * The site with the posts read from {@code sources} read again, or empty when any of them is not a post of
     * the site, is gone, has a problem, or changed more than its body: the caller then loads the whole site.
     *
     * @param sources paths relative to the base directory, as in {@link io.github.blogmaven.model.SourceFile}
     */
    public Optional<Site> refresh(Set<String> sources) throws IOException {
        Map<String, Post> bySource = new HashMap<>();
        for (Post post : site.posts()) {
            if (sources.contains(post.source().relativePath())) {
                bySource.put(post.source().relativePath(), post);
            }
        }
        if (bySource.size() != sources.size()) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        LoadSettings settings = SiteAssembler.readConfig(site.baseDir(), problems);
        if (!problems.isEmpty() || !settings.config().equals(site.config())) {
            return Optional.empty();
        }
        DateReader dates = new DateReader(settings.config().timezone());
        SourceDates sourceDates = new SourceDates(dates);
        PostReader reader = new PostReader(settings,
                PermalinkResolver.frontMatterTokens(settings.config().permalink()), true);
        TermFactory terms = new TermFactory(settings.config());
        Map<Post, Post> replaced = new IdentityHashMap<>();
        for (Post old : bySource.values()) {
            Post fresh = reread(old, settings, reader, sourceDates, dates, terms);
            if (fresh == null) {
                return Optional.empty();
            }
            replaced.put(old, fresh);
        }
        return Optional.of(replace(replaced));
    }

    private Post reread(Post old, LoadSettings settings, PostReader reader, SourceDates sourceDates, DateReader dates,
            TermFactory terms) throws IOException {
        Path file = old.source().file();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String relative = old.source().relativePath();
        Problems problems = new Problems();
        // size and time before the text, as a load takes them from its walk before reading
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String text = SourceText.read(file, relative, attributes.size(), problems);
        if (text == null || !problems.isEmpty()) {
            return null;
        }
        String sourcePrefix = settings.sourceDir().isEmpty() ? "" : settings.sourceDir() + "/";
        if (!relative.startsWith(sourcePrefix)) {
            return null;
        }
        ScannedFile scanned = new ScannedFile(file, relative, relative.substring(sourcePrefix.length()),
                attributes.size(), attributes.lastModifiedTime());
        List<String> warnings = new ArrayList<>();
        ParsedSource parsed = new FrontMatterParser(new YamlParser(dates::yamlTimestamp), warnings::add)
                .parse(relative, text, problems);
        PostEntry entry = reader.read(scanned, parsed, scanned.modified().toInstant(), sourceDates, problems);
        // A warning is told by a full load; this path stays silent, so it must not be taken.
        if (entry == null || !problems.isEmpty() || !warnings.isEmpty()) {
            return null;
        }
        Post fresh = new Post(old.source(), entry.title(), entry.date(), entry.updated(), terms.tags(entry.tags()),
                terms.categories(entry.categories()), old.abbrlink(), entry.layout(), entry.draft(), entry.lang(),
                entry.comments(), entry.excerpt(), entry.slug(), old.path(), entry.body(), entry.frontMatter());
        Post sameBody = new Post(old.source(), old.title(), old.date(), old.updated(), old.tags(), old.categories(),
                old.abbrlink(), old.layout(), old.draft(), old.lang(), old.comments(), old.excerpt(), old.slug(),
                old.path(), entry.body(), old.frontMatter());
        Post sameTimes = new Post(fresh.source(), fresh.title(), fresh.date(), old.updated(), fresh.tags(),
                fresh.categories(), fresh.abbrlink(), fresh.layout(), fresh.draft(), fresh.lang(), fresh.comments(),
                fresh.excerpt(), fresh.slug(), fresh.path(), fresh.body(), fresh.frontMatter());
        return sameTimes.equals(sameBody) ? fresh : null;
    }

    private Site replace(Map<Post, Post> replaced) {
        List<Post> posts = swap(site.posts(), replaced);
        List<Tag> tags = new ArrayList<>(site.tags().size());
        for (Tag tag : site.tags()) {
            tags.add(new Tag(tag.term(), swap(tag.posts(), replaced)));
        }
        List<Category> categories = new ArrayList<>(site.categories().size());
        for (Category category : site.categories()) {
            categories.add(new Category(category.term(), category.parent(), category.children(),
                    swap(category.posts(), replaced)));
        }
        return new Site(site.baseDir(), site.config(), posts, site.pages(), site.assets(), tags, categories,
                site.data(), site.theme());
    }

    private static List<Post> swap(List<Post> posts, Map<Post, Post> replaced) {
        List<Post> out = new ArrayList<>(posts.size());
        for (Post post : posts) {
            out.add(replaced.getOrDefault(post, post));
        }
        return out;
    }
}
