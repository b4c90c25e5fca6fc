package io.github.blogmaven.renderer.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.internal.TestSites;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.pages.Routes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sitemap, as hexo-generator-sitemap makes it. */
class FeedsTest {
    final Post a = TestSites.post("a", TestSites.date(2020, 1, 1), List.of("x"), List.of("C"), Map.of(), "A.");
    final Post b = TestSites.post("b", TestSites.date(2021, 1, 1), List.of(), List.of(),
            Map.of("description", "Short & sweet"), "B.");
    final Post c = TestSites.post("c", TestSites.date(2022, 1, 1), List.of(), List.of(), Map.of("draft", true), "C.");
    final Post d = draft(TestSites.post("d", TestSites.date(2023, 1, 1), List.of(), List.of(), Map.of(), "D."));

    @Test
    @DisplayName("the sitemap lists drafts shown with render_drafts, and its home URL is url as Hexo writes it")
    void sitemap() {
        Site site = site(Map.of());
        List<String> locs = new Feeds(site, new Links(site.config()), new Routes(site.config())).sitemap().stream()
                .map(SitemapEntry::loc).toList();
        assertEquals("https://example.com/", locs.get(0));
        assertTrue(locs.contains("https://example.com/2023/01/01/d/"), locs.toString());
        assertTrue(locs.contains("https://example.com/2022/01/01/c/"), "draft: true is no reason to leave it out");
        assertTrue(locs.contains("https://example.com/tags/x/"));

        Site sub = site(Map.of("url", "https://example.com/blog", "root", "/blog/",
                "sitemap", Map.of("tags", false, "categories", false)));
        Feeds feeds = new Feeds(sub, new Links(sub.config()), new Routes(sub.config()));
        List<String> subLocs = feeds.sitemap().stream().map(SitemapEntry::loc).toList();
        assertEquals("https://example.com/blog", subLocs.get(0), "no slash after a path, as hexo-util encodeURL");
        assertTrue(subLocs.stream().noneMatch(loc -> loc.contains("/tags/") || loc.contains("/C/")), subLocs.toString());
        assertTrue(feeds.sitemapText().startsWith("https://example.com/blog\nhttps://example.com/blog/2023/"),
                feeds.sitemapText());
    }

    private Site site(Map<String, Object> config) {
        return TestSites.site(Path.of("/nowhere"), TestSites.config(config), List.of(a, b, c, d), List.of());
    }

    private static Post draft(Post post) {
        return new Post(post.source(), post.title(), post.date(), post.updated(), post.tags(), post.categories(),
                post.abbrlink(), post.layout(), true, post.lang(), post.comments(), post.excerpt(), post.slug(),
                post.path(), post.content(), post.contentLine(), post.frontMatter());
    }
}
