package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Splits a site's posts into the pages of its lists, as Hexo's index, archive, tag and category generators do.
 * Each list is sorted once by its generator's {@code order_by} (newest first by default; see {@link PostOrder}),
 * every grouping is one pass over the sorted posts and every page a slice, so the work grows with the number of
 * posts times its logarithm.
 */
public final class Listings {
    private final Site site;
    private final Routes routes;

    public Listings(Site site, Routes routes) {
        this.site = site;
        this.routes = routes;
    }

    /**
     * The home page, at {@code index_generator.path}: posts without {@code hidden: true}, sorted by
     * {@code index_generator.order_by}, higher {@code sticky} first. {@code index_generator.per_page} wins over
     * {@code per_page}.
     */
    public List<Listing> home() {
        Comparator<Post> order = PostOrder.stickyFirst(order("index_generator"));
        List<Post> posts = new ArrayList<>(site.posts().size());
        for (Post post : site.posts()) {
            if (!Boolean.TRUE.equals(post.frontMatter().get("hidden"))) {
                posts.add(post);
            }
        }
        posts.sort(order);
        return paginate("index", posts, perPage("index_generator"), routes::home, Subject.NONE);
    }

    /**
     * The whole archive, then, when {@code archive_generator.yearly} is on (the default), each year, each month
     * ({@code monthly}, on by default) and each day ({@code daily}, off by default). Months and days are pages
     * of their own whichever of the two is on: {@code monthly: false, daily: true} writes
     * {@code archives/2018/04/01/} without {@code archives/2018/04/}, as hexo-generator-archive does.
     */
    public List<Listing> archives() {
        int perPage = perPage("archive_generator");
        List<Post> all = sorted(site.posts(), order("archive_generator"));
        List<Listing> out = new ArrayList<>(paginate("archive", all, perPage,
                n -> routes.archive(null, null, null, n), Subject.NONE));
        if (!flag("archive_generator", "yearly", true)) {
            return out;
        }
        boolean monthly = flag("archive_generator", "monthly", true);
        boolean daily = flag("archive_generator", "daily", false);
        Map<String, List<Post>> byYear = new TreeMap<>();
        Map<String, List<Post>> byMonth = new TreeMap<>();
        Map<String, List<Post>> byDay = new TreeMap<>();
        for (Post post : all) {
            ZonedDateTime date = post.date().withZoneSameInstant(site.config().timezone());
            String year = Views.zeroPadded(date.getYear(), 4);
            String month = year + "/" + Views.zeroPadded(date.getMonthValue(), 2);
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(post);
            if (monthly) {
                byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(post);
            }
            if (daily) {
                String day = month + "/" + Views.zeroPadded(date.getDayOfMonth(), 2);
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(post);
            }
        }
        byYear.forEach((year, posts) -> out.addAll(paginate("archive", posts, perPage,
                n -> routes.archive(year, null, null, n), Subject.archive(year, null, null))));
        byMonth.forEach((key, posts) -> {
            String year = key.substring(0, 4);
            String month = key.substring(5, 7);
            out.addAll(paginate("archive", posts, perPage, n -> routes.archive(year, month, null, n),
                    Subject.archive(year, month, null)));
        });
        byDay.forEach((key, posts) -> {
            String year = key.substring(0, 4);
            String month = key.substring(5, 7);
            String day = key.substring(8, 10);
            out.addAll(paginate("archive", posts, perPage, n -> routes.archive(year, month, day, n),
                    Subject.archive(year, month, day)));
        });
        return out;
    }

    /** Every tag's posts, sorted by {@code tag_generator.order_by}, {@code tag_generator.per_page} a page. */
    public List<Listing> tags() {
        int perPage = perPage("tag_generator");
        Comparator<Post> order = order("tag_generator");
        List<Listing> out = new ArrayList<>();
        for (Tag tag : site.tags()) {
            out.addAll(paginate("tag", sorted(tag.posts(), order), perPage, n -> routes.tag(tag.term(), n),
                    Subject.tag(tag.term())));
        }
        return out;
    }

    /**
     * Every category, each listing its sub-categories' posts too (the model already merged them), sorted by
     * {@code category_generator.order_by}, {@code category_generator.per_page} a page.
     */
    public List<Listing> categories() {
        int perPage = perPage("category_generator");
        Comparator<Post> order = order("category_generator");
        List<Listing> out = new ArrayList<>();
        for (Category category : site.categories()) {
            out.addAll(paginate("category", sorted(category.posts(), order), perPage,
                    n -> routes.category(category.term(), n), Subject.category(category)));
        }
        return out;
    }

    /** What a list is of, beyond its posts. */
    private record Subject(Term tag, Category category, String year, String month, String day) {
        static final Subject NONE = new Subject(null, null, null, null, null);

        static Subject tag(Term tag) {
            return new Subject(tag, null, null, null, null);
        }

        static Subject category(Category category) {
            return new Subject(null, category, null, null, null);
        }

        static Subject archive(String year, String month, String day) {
            return new Subject(null, null, year, month, day);
        }
    }

    private static List<Listing> paginate(String kind, List<Post> posts, int perPage, IntFunction<String> route,
            Subject subject) {
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
                    subject.tag(), subject.category(), subject.year(), subject.month(), subject.day()));
        }
        return out;
    }

    private static List<Post> sorted(List<Post> posts, Comparator<Post> order) {
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(order);
        return sorted;
    }

    private Comparator<Post> order(String generator) {
        return PostOrder.parse(settings(generator).get("order_by"), PostOrder.NEWEST_FIRST);
    }

    /**
     * {@code <generator>.per_page}, else {@code per_page}; 0 (or {@code false}) puts every post on one page.
     */
    private int perPage(String generator) {
        Object value = settings(generator).get("per_page");
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (Boolean.FALSE.equals(value)) {
            return 0;
        }
        return site.config().perPage();
    }

    private boolean flag(String generator, String key, boolean fallback) {
        return settings(generator).get(key) instanceof Boolean b ? b : fallback;
    }

    private Map<?, ?> settings(String generator) {
        return site.config().values().get(generator) instanceof Map<?, ?> settings ? settings : Map.of();
    }
}
