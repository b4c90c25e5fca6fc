package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.internal.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The home, archive, tag and category lists, configured as Hexo's generators are. */
class ListingsTest {
    final Post grid = TestSites.post("grid", date(2021, 9, 10, 8), List.of("CSS"), List.of("Frontend", "CSS"),
            Map.of(), "x");
    final Post vite = TestSites.post("vite", date(2021, 9, 10, 14), List.of("JS"), List.of("Frontend"),
            Map.of("sticky", 10), "x");
    final Post first = TestSites.post("first", date(2018, 4, 1, 10), List.of("JS"), List.of("Frontend"),
            Map.of(), "x");
    final Post checklist = TestSites.post("checklist", date(2022, 3, 3, 12), List.of("CSS"), List.of("Frontend"),
            Map.of(), "x");

    @Test
    @DisplayName("index_generator.path moves the home page; its pagination_dir wins over pagination_dir")
    void indexPath() {
        Site site = site(Map.of("per_page", 2, "pagination_dir", "p",
                "index_generator", Map.of("path", "/home/", "per_page", 3)));
        assertEquals(List.of("home/", "home/p/2/"), routes(new Listings(site, new Routes(site.config())).home()));

        Site own = site(Map.of("index_generator", Map.of("path", "home", "per_page", 1, "pagination_dir", "seite")));
        assertEquals(List.of("home/", "home/seite/2/", "home/seite/3/", "home/seite/4/"),
                routes(new Listings(own, new Routes(own.config())).home()));
        assertEquals("archives/page/2/", new Routes(own.config()).archive(null, null, null, 2),
                "other lists keep pagination_dir");
    }

    @Test
    @DisplayName("index_generator.order_by sorts the home page, sticky posts still first")
    void homeOrder() {
        Site byDate = site(Map.of("index_generator", Map.of("order_by", "date")));
        assertEquals(List.of("vite", "first", "grid", "checklist"), slugs(home(byDate)));
        Site newest = site(Map.of());
        assertEquals(List.of("vite", "checklist", "grid", "first"), slugs(home(newest)));
        Site byTitle = site(Map.of("index_generator", Map.of("order_by", "-slug")));
        assertEquals(List.of("vite", "grid", "first", "checklist"), slugs(home(byTitle)));
    }

    @Test
    @DisplayName("per_page: 0 (or false) puts every post on one page")
    void noPagination() {
        Site site = site(Map.of("per_page", 0));
        Listings listings = new Listings(site, new Routes(site.config()));
        assertEquals(1, listings.home().size());
        assertEquals(4, listings.home().get(0).posts().size());
        assertEquals(0, listings.home().get(0).perPage());
        Site off = site(Map.of("per_page", 1, "tag_generator", Map.of("per_page", false)));
        assertEquals(List.of("tags/css/", "tags/js/"), routes(new Listings(off, new Routes(off.config())).tags()));
    }

    @Test
    @DisplayName("pagination_dir names the pages of every list")
    void paginationDir() {
        Site site = site(Map.of("per_page", 1, "pagination_dir", "seite"));
        Listings listings = new Listings(site, new Routes(site.config()));
        assertEquals("seite/2/", listings.home().get(1).route());
        assertEquals("tags/css/seite/2/", listings.tags().get(1).route());
        assertEquals("archives/seite/4/", listings.archives().get(3).route());
    }

    @Test
    @DisplayName("daily: true adds a page per day; monthly: false leaves the months out, not the days")
    void dailyArchives() {
        Site site = site(Map.of("archive_generator", Map.of("per_page", 0, "monthly", false, "daily", true)));
        List<Listing> archives = new Listings(site, new Routes(site.config())).archives();
        assertEquals(List.of("archives/", "archives/2018/", "archives/2021/", "archives/2022/",
                "archives/2018/04/01/", "archives/2021/09/10/", "archives/2022/03/03/"), routes(archives));
        Listing day = archives.get(5);
        assertEquals(List.of("vite", "grid"), slugs(day.posts()));
        assertEquals("10", day.day());
        assertEquals("09", day.month());

        Site all = site(Map.of("archive_generator", Map.of("daily", true)));
        assertEquals(10, new Listings(all, new Routes(all.config())).archives().size(), "1 + 3 years + 3 months + 3 days");
    }

    @Test
    @DisplayName("yearly: false writes the whole archive only")
    void noYears() {
        Site site = site(Map.of("archive_generator", Map.of("yearly", false, "daily", true)));
        assertEquals(List.of("archives/"), routes(new Listings(site, new Routes(site.config())).archives()));
    }

    @Test
    @DisplayName("archive, tag and category lists each follow their generator's order_by")
    void listOrders() {
        Site site = site(Map.of("archive_generator", Map.of("order_by", "date"),
                "tag_generator", Map.of("order_by", "slug"), "category_generator", Map.of("order_by", "-slug")));
        Listings listings = new Listings(site, new Routes(site.config()));
        assertEquals(List.of("first", "grid", "vite", "checklist"), slugs(listings.archives().get(0).posts()));
        assertEquals(List.of("checklist", "grid"), slugs(listings.tags().get(0).posts()));
        Listing frontend = listings.categories().stream().filter(l -> l.category().term().slug().equals("Frontend"))
                .findFirst().orElseThrow();
        assertEquals(List.of("vite", "grid", "first", "checklist"), slugs(frontend.posts()));
    }

    private Site site(Map<String, Object> config) {
        return TestSites.site(Path.of("/nowhere"), TestSites.config(config), List.of(grid, vite, first, checklist),
                List.of());
    }

    private static List<Post> home(Site site) {
        return new Listings(site, new Routes(site.config())).home().get(0).posts();
    }

    private static List<String> routes(List<Listing> listings) {
        return listings.stream().map(Listing::route).toList();
    }

    private static List<String> slugs(List<Post> posts) {
        return posts.stream().map(Post::slug).toList();
    }

    private static java.time.ZonedDateTime date(int year, int month, int day, int hour) {
        return TestSites.date(year, month, day).withHour(hour);
    }
}
