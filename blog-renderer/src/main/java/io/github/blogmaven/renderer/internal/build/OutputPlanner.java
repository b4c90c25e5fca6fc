package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.Asset;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.PageKind;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Copied;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rank;
import io.github.blogmaven.renderer.internal.build.PlannedFile.Rendered;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.pages.Listing;
import io.github.blogmaven.renderer.internal.pages.Listings;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.theme.ThemeAsset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists every file a build writes, with the task that makes it, before anything is rendered.
 *
 * <p>When two files claim one path, the user's content wins over what the build makes up: a post over a page,
 * a page over a copied file, a copied file over a generated page (so NexT's {@code source/tags/index.md}
 * replaces the generated tags index), and anything over a theme file. Each such replacement is reported.
 */
public final class OutputPlanner {
    private final Site site;
    private final Routes routes;
    private final List<ThemeAsset> themeAssets;
    private final BuildListener listener;
    /** The list pages of the plan; filled by {@link #plan()}. */
    private final List<Listing> listings = new ArrayList<>();

    public OutputPlanner(Site site, Routes routes, List<ThemeAsset> themeAssets, BuildListener listener) {
        this.site = site;
        this.routes = routes;
        this.themeAssets = themeAssets;
        this.listener = listener;
    }

    /**
     * Every output file by its path, one per path, unmodifiable: posts, pages, the site's files, list pages, feeds
     * and the rest, theme files last.
     */
    public Map<String, PlannedFile> plan() {
        List<PlannedFile> candidates = new ArrayList<>();
        for (Post post : site.posts()) {
            candidates.add(new Rendered(post.path(), PageKind.POST, post.source().relativePath(), Rank.POST,
                    renderer -> renderer.post(post)));
        }
        for (Page page : site.pages()) {
            candidates.add(new Rendered(page.path(), PageKind.PAGE, page.source().relativePath(), Rank.PAGE,
                    renderer -> renderer.page(page)));
        }
        for (Asset asset : site.assets()) {
            candidates.add(new Copied(asset.path(), asset.source().relativePath(), Rank.ASSET,
                    asset.source().file(), null));
        }
        Listings listings = new Listings(site, routes);
        listings.home().forEach(l -> candidates.add(listing(l, PageKind.INDEX, "the home page")));
        listings.archives().forEach(l -> candidates.add(listing(l, PageKind.ARCHIVE, "the archive")));
        candidates.add(generated(routes.tagsIndex(), PageKind.TAG, "the tags index", PageRenderer::tagsIndex));
        listings.tags().forEach(l -> candidates.add(listing(l, PageKind.TAG, "the page of tag " + l.tag().name())));
        candidates.add(generated(routes.categoriesIndex(), PageKind.CATEGORY, "the categories index",
                PageRenderer::categoriesIndex));
        listings.categories().forEach(l -> candidates.add(listing(l, PageKind.CATEGORY,
                "the page of category " + l.category().term().name())));
        candidates.add(generated(routes.atom(), PageKind.FEED, "the Atom feed", PageRenderer::atom));
        candidates.add(generated(routes.rss2(), PageKind.FEED, "the RSS feed", PageRenderer::rss2));
        for (String sitemap : routes.sitemaps()) {
            candidates.add(generated(sitemap, PageKind.SITEMAP, "the sitemap",
                    Routes.isTextSitemap(sitemap) ? renderer -> renderer.sitemapText(sitemap)
                            : renderer -> renderer.sitemap(sitemap)));
        }
        candidates.add(generated(Routes.NOT_FOUND, PageKind.NOT_FOUND, "the 404 page", PageRenderer::notFound));
        for (ThemeAsset asset : themeAssets) {
            candidates.add(new Copied(asset.path(), asset.origin(), Rank.THEME_ASSET, asset.file(),
                    asset.resource()));
        }

        // Not sorted: nothing depends on the order, and sorting the 380,000 paths of a 100,000-post site was half of
        // its planning (5.7 s with, 3.0 s without), on one thread. A path keeps the place of its first candidate.
        Map<String, PlannedFile> byPath = new LinkedHashMap<>(candidates.size() * 4 / 3 + 1);
        for (PlannedFile candidate : candidates) {
            PlannedFile existing = byPath.putIfAbsent(candidate.path(), candidate);
            if (existing != null) {
                PlannedFile winner = candidate.rank().compareTo(existing.rank()) < 0 ? candidate : existing;
                PlannedFile loser = winner == candidate ? existing : candidate;
                byPath.put(candidate.path(), winner);
                report(winner, loser);
            }
        }
        return Collections.unmodifiableMap(byPath);
    }

    private void report(PlannedFile winner, PlannedFile loser) {
        String message = winner.path() + ": " + winner.origin() + " replaces " + loser.origin();
        if (loser.rank() == Rank.THEME_ASSET) {
            listener.debug(message);
        } else if (loser.rank() == Rank.GENERATED && winner.rank() != Rank.GENERATED) {
            listener.info(message);
        } else {
            listener.warn(message + " (both would be written to the same file; rename one or set its permalink)");
        }
    }

    /**
     * The output paths of the list pages showing each post, by the post's source file: the pages a change to
     * the post's body can alter beyond its own. Complete once {@link #plan()} has run.
     */
    public Map<String, List<String>> listingsByPost() {
        Map<String, List<String>> byPost = new HashMap<>();
        for (Listing listing : listings) {
            String path = Links.fileOf(listing.route());
            for (Post post : listing.posts()) {
                byPost.computeIfAbsent(post.source().relativePath(), k -> new ArrayList<>()).add(path);
            }
        }
        return byPost;
    }

    /** The templates of the list pages of the plan. Complete once {@link #plan()} has run. */
    public Set<String> listingTemplates() {
        Set<String> templates = new HashSet<>();
        listings.forEach(listing -> templates.add(PageRenderer.template(listing)));
        return templates;
    }

    private Rendered listing(Listing listing, PageKind kind, String what) {
        String path = Links.fileOf(listing.route());
        listings.add(listing);
        String origin = listing.number() == 1 ? what : what + ", page " + listing.number();
        return new Rendered(path, kind, origin, Rank.GENERATED, renderer -> renderer.listing(listing));
    }

    private static Rendered generated(String route, PageKind kind, String what, PlannedFile.Task task) {
        return new Rendered(Links.fileOf(route), kind, what, Rank.GENERATED, task);
    }
}
