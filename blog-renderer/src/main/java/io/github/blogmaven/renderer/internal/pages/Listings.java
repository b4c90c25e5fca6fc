package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Splits a site's posts into the pages of its lists, as Hexo's index, archive, tag and category generators do.
 * Every grouping is one pass over the posts and every page a slice, so the work grows with the number of posts.
 */
public final class Listings {
    private final Site site;
    private final Routes routes;

    public Listings(Site site, Routes routes) {
        this.site = site;
        this.routes = routes;
    }

    /**
     * The home page: posts without {@code hidden: true}, higher {@code sticky} first, then newest first.
     * {@code index_generator.per_page} wins over {@code per_page}.
     */
    public List<Listing> home() {
        List<Post> posts = site.posts().stream()
                .filter(post -> !Boolean.TRUE.equals(post.frontMatter().get("hidden")))
                .sorted(Comparator.comparingDouble(Listings::sticky).reversed())
                .toList();
        return paginate("index", posts, perPage("index_generator"), n -> routes.home(n), null, null, null, null);
    }

    /** The whole archive, then each year and each month ({@code archive_generator.yearly/monthly}). */
    public List<Listing> archives() {
        int perPage = perPage("archive_generator");
        List<Listing> out = new ArrayList<>(paginate("archive", site.posts(), perPage,
                n -> routes.archive(null, null, n), null, null, null, null));
        boolean yearly = flag("archive_generator", "yearly", true);
        boolean monthly = flag("archive_generator", "monthly", true);
        if (!yearly) {
            return out;
        }
        Map<String, List<Post>> byYear = new LinkedHashMap<>();
        Map<String, List<Post>> byMonth = new LinkedHashMap<>();
        for (Post post : site.posts()) {
            java.time.ZonedDateTime date = post.date().withZoneSameInstant(site.config().timezone());
            String year = String.format(java.util.Locale.ROOT, "%04d", date.getYear());
            String month = String.format(java.util.Locale.ROOT, "%02d", date.getMonthValue());
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(post);
            byMonth.computeIfAbsent(year + "/" + month, m -> new ArrayList<>()).add(post);
        }
        byYear.forEach((year, posts) -> out.addAll(paginate("archive", posts, perPage,
                n -> routes.archive(year, null, n), null, null, year, null)));
        if (monthly) {
            byMonth.forEach((key, posts) -> {
                String year = key.substring(0, 4);
                String month = key.substring(5);
                out.addAll(paginate("archive", posts, perPage, n -> routes.archive(year, month, n), null, null,
                        year, month));
            });
        }
        return out;
    }

    public List<Listing> tags() {
        int perPage = perPage("tag_generator");
        List<Listing> out = new ArrayList<>();
        for (Tag tag : site.tags()) {
            out.addAll(paginate("tag", tag.posts(), perPage, n -> routes.tag(tag.term(), n), tag.term(), null,
                    null, null));
        }
        return out;
    }

    /** Every category, each listing its sub-categories' posts too (the model already merged them). */
    public List<Listing> categories() {
        int perPage = perPage("category_generator");
        List<Listing> out = new ArrayList<>();
        for (Category category : site.categories()) {
            out.addAll(paginate("category", category.posts(), perPage, n -> routes.category(category.term(), n),
                    null, category, null, null));
        }
        return out;
    }

    private static List<Listing> paginate(String kind, List<Post> posts, int perPage, IntFunction<String> route,
            Term tag, Category category, String year, String month) {
        int pages = perPage <= 0 || posts.isEmpty() ? 1 : (posts.size() + perPage - 1) / perPage;
        List<String> routeList = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            routeList.add(route.apply(n));
        }
        // One immutable list shared by every page (List.copyOf keeps it), not a copy per page.
        List<String> allRoutes = List.copyOf(routeList);
        List<Listing> out = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            List<Post> slice = perPage <= 0
                    ? posts
                    : posts.subList((n - 1) * perPage, Math.min(posts.size(), n * perPage));
            out.add(new Listing(kind, allRoutes.get(n - 1), n, allRoutes, Math.max(perPage, 0), posts.size(), slice,
                    tag, category, year, month));
        }
        return out;
    }

    private int perPage(String generator) {
        SiteConfig config = site.config();
        if (config.values().get(generator) instanceof Map<?, ?> settings
                && settings.get("per_page") instanceof Number n) {
            return n.intValue();
        }
        return config.perPage();
    }

    private boolean flag(String generator, String key, boolean fallback) {
        if (site.config().values().get(generator) instanceof Map<?, ?> settings
                && settings.get(key) instanceof Boolean b) {
            return b;
        }
        return fallback;
    }

    private static double sticky(Post post) {
        Object sticky = post.frontMatter().get("sticky");
        if (sticky instanceof Number n) {
            return n.doubleValue();
        }
        if (Boolean.TRUE.equals(sticky)) {
            return 1;
        }
        return 0;
    }
}
