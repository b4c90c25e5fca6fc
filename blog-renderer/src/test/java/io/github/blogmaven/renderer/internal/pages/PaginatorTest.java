package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.internal.TestSites;
import io.github.blogmaven.renderer.internal.links.Links;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    @Test
    @DisplayName("95 posts at 10 a page make 10 pages; links show the ends and two either side, with gaps")
    void window() {
        Site site = site(95, Map.of("per_page", 10));
        Routes routes = new Routes(site.config());
        List<Listing> home = new Listings(site, routes).home();
        assertEquals(10, home.size());
        assertEquals("", home.get(0).route());
        assertEquals("page/10/", home.get(9).route());
        assertEquals(5, home.get(9).posts().size());

        Views views = views(site, routes);
        Paginator fifth = views.paginator(home.get(4));
        assertEquals("1 … 3 4 [5] 6 7 … 10", describe(fifth));
        assertEquals("/page/4/", fifth.prevUrl());
        assertEquals("/page/6/", fifth.nextUrl());
        Paginator first = views.paginator(home.get(0));
        assertEquals("[1] 2 3 … 10", describe(first));
        assertNull(first.prevUrl());
        assertEquals("1 … 8 9 [10]", describe(views.paginator(home.get(9))));
    }

    @Test
    @DisplayName("per_page 0 puts every post on one page; index_generator.per_page wins over per_page")
    void perPage() {
        Site all = site(25, Map.of("per_page", 0));
        assertEquals(1, new Listings(all, new Routes(all.config())).home().size());
        assertEquals(25, new Listings(all, new Routes(all.config())).home().get(0).posts().size());

        Site overridden = site(25, Map.of("per_page", 10, "index_generator", Map.of("per_page", 5)));
        Listings listings = new Listings(overridden, new Routes(overridden.config()));
        assertEquals(5, listings.home().size());
        assertEquals(3, listings.archives().stream().filter(l -> l.year() == null).count(), "archives use per_page");
    }

    @Test
    @DisplayName("archives are grouped by year and month in one pass, with Hexo's paths")
    void archives() {
        Site site = site(30, Map.of("per_page", 10));
        List<String> routes = new Listings(site, new Routes(site.config())).archives().stream()
                .map(Listing::route).toList();
        assertEquals("archives/", routes.get(0));
        assertEquals(true, routes.contains("archives/2020/"));
        assertEquals(true, routes.contains("archives/2020/01/"));
        assertEquals(true, routes.contains("archives/page/2/"));
    }

    @Test
    @DisplayName("sticky posts come first on the home page and hidden ones are left out")
    void stickyAndHidden() {
        List<Post> posts = new ArrayList<>();
        posts.add(TestSites.post("new", TestSites.date(2021, 1, 1), List.of(), List.of(), Map.of(), "x"));
        posts.add(TestSites.post("pinned", TestSites.date(2019, 1, 1), List.of(), List.of(), Map.of("sticky", 10), "x"));
        posts.add(TestSites.post("secret", TestSites.date(2020, 1, 1), List.of(), List.of(), Map.of("hidden", true), "x"));
        Site site = TestSites.site(Path.of("/nowhere"), TestSites.config(Map.of()), posts, List.of());
        List<String> slugs = new Listings(site, new Routes(site.config())).home().get(0).posts().stream()
                .map(Post::slug).toList();
        assertEquals(List.of("pinned", "new"), slugs);
    }

    static Site site(int count, Map<String, Object> config) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(TestSites.post("p" + i, TestSites.date(2020, 1 + i % 12, 1 + i % 28), List.of("t"), List.of(),
                    Map.of(), "x"));
        }
        return TestSites.site(Path.of("/nowhere"), TestSites.config(config), posts, List.of());
    }

    static Views views(Site site, Routes routes) {
        return Views.of(site, new Links(site.config()), routes);
    }

    private static String describe(Paginator paginator) {
        return paginator.pages().stream()
                .map(p -> p.number() == 0 ? "…" : p.current() ? "[" + p.number() + "]" : String.valueOf(p.number()))
                .collect(Collectors.joining(" "));
    }
}
