package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.internal.TestSites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where the feeds and sitemaps go, read from {@code _config.yml} as the two plugins read it. */
class RoutesTest {
    @Test
    @DisplayName("feed.type and feed.path pair up; the other feed keeps its default path")
    void feedPaths() {
        Routes rss = routes(Map.of("feed", Map.of("type", "rss2", "path", "rss.xml")));
        assertEquals("rss.xml", rss.rss2());
        assertEquals("atom.xml", rss.atom());

        Routes both = routes(Map.of("feed", Map.of("type", List.of("atom", "rss2"),
                "path", List.of("/feed/atom.xml", "feed/rss"))));
        assertEquals("feed/atom.xml", both.atom());
        assertEquals("feed/rss.xml", both.rss2(), "a path without an extension gets .xml");

        Routes shortList = routes(Map.of("feed", Map.of("type", List.of("ATOM", "rss2"), "path", "atom-feed")));
        assertEquals("atom-feed.xml", shortList.atom());
        assertEquals("rss2.xml", shortList.rss2(), "a type without a path gets <type>.xml");

        Routes unknown = routes(Map.of("feed", Map.of("type", "json", "path", "feed.xml")));
        assertEquals("feed.xml", unknown.atom(), "an unknown first type is atom, as in hexo-generator-feed");

        Routes none = routes(Map.of());
        assertEquals("atom.xml", none.atom());
        assertEquals("rss2.xml", none.rss2());
    }

    @Test
    @DisplayName("sitemap.xml and sitemap.txt by default; sitemap.path names one file or a list")
    void sitemapPaths() {
        assertEquals(List.of("sitemap.xml", "sitemap.txt"), routes(Map.of()).sitemaps());
        assertEquals(List.of("site-map.xml"), routes(Map.of("sitemap", Map.of("path", "site-map.xml"))).sitemaps());
        assertEquals(List.of("maps/site.xml"), routes(Map.of("sitemap", Map.of("path", "/maps/site"))).sitemaps());
        assertEquals(List.of("urls.txt"), routes(Map.of("sitemap", Map.of("path", "urls.txt"))).sitemaps());
        assertEquals(List.of("a.xml", "b.txt"),
                routes(Map.of("sitemap", Map.of("path", List.of("a.xml", "b.txt")))).sitemaps());
        assertEquals(List.of("sitemap.xml"), routes(Map.of("sitemap", Map.of("path", "../escape.xml"))).sitemaps(),
                "a path leaving the site falls back to sitemap.xml");
        assertTrue(Routes.isTextSitemap("sitemap.TXT"));
        assertFalse(Routes.isTextSitemap("sitemap.xml"));
    }

    @Test
    @DisplayName("archive routes name the year, the month and the day")
    void archiveRoutes() {
        Routes routes = routes(Map.of());
        assertEquals("archives/", routes.archive(null, null, null, 1));
        assertEquals("archives/2018/page/2/", routes.archive("2018", null, null, 2));
        assertEquals("archives/2018/04/", routes.archive("2018", "04", null, 1));
        assertEquals("archives/2018/04/01/", routes.archive("2018", "04", "01", 1));
    }

    private static Routes routes(Map<String, Object> values) {
        return new Routes(TestSites.config(values));
    }
}
