package io.github.blogmaven.renderer.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.renderer.internal.TestSites;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import io.github.blogmaven.renderer.internal.pages.Routes;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feeds and the sitemap, as hexo-generator-feed and hexo-generator-sitemap make them. */
class FeedsTest {
    static final String LONG_TEXT = "Vite starts a dev server in well under a second because it serves source files"
            + " as native ES modules, and the browser does the bundling work.";

    final Post a = TestSites.post("a", TestSites.date(2020, 1, 1), List.of("x"), List.of("C"), Map.of(), "A.");
    final Post b = TestSites.post("b", TestSites.date(2021, 1, 1), List.of(), List.of(),
            Map.of("description", "Short & sweet"), "B.");
    final Post c = TestSites.post("c", TestSites.date(2022, 1, 1), List.of(), List.of(), Map.of("draft", true), "C.");
    final Post d = draft(TestSites.post("d", TestSites.date(2023, 1, 1), List.of(), List.of(), Map.of(), "D."));

    @Test
    @DisplayName("drafts shown with render_drafts are in the feed, a post saying draft: true is not")
    void drafts() {
        assertEquals(List.of("d", "b", "a"), slugs(Feeds.select(site(Map.of()))));
    }

    @Test
    @DisplayName("feed.order_by sorts and feed.limit cuts the feed; 0 or false means no limit")
    void orderAndLimit() {
        assertEquals(List.of("a", "b"), slugs(Feeds.select(site(Map.of("feed", Map.of("order_by", "date",
                "limit", 2))))));
        assertEquals(3, Feeds.select(site(Map.of("feed", Map.of("limit", 0)))).size());
        assertEquals(3, Feeds.select(site(Map.of("feed", Map.of("limit", false)))).size());
    }

    @Test
    @DisplayName("the whole content by default; content: false leaves the summary only")
    void content() {
        Site site = site(Map.of());
        FeedEntry full = entry(site, b, "<p>B.</p>");
        assertEquals("<p>B.</p>", full.content());
        assertEquals("Short &amp; sweet", full.summary(), "front-matter description, as HTML");

        Site summaryOnly = site(Map.of("feed", Map.of("content", false)));
        FeedEntry entry = entry(summaryOnly, a, "<p>" + LONG_TEXT + "</p>");
        assertNull(entry.content());
        assertEquals(LONG_TEXT.substring(0, 140), entry.summary(), "the first content_limit characters");
    }

    @Test
    @DisplayName("content_limit and content_limit_delim cut the summary of a post without an excerpt")
    void contentLimit() {
        Site site = site(Map.of("feed", Map.of("content_limit", 20, "content_limit_delim", " ")));
        assertEquals("Vite starts a dev", entry(site, a, "<p>" + LONG_TEXT + "</p>").summary());
        Site noDelimiter = site(Map.of("feed", Map.of("content_limit", 20)));
        assertEquals("Vite starts a dev se", entry(noDelimiter, a, "<p>" + LONG_TEXT + "</p>").summary());
    }

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

    private static FeedEntry entry(Site site, Post post, String html) {
        Map<String, RenderedMarkdown> rendered = new HashMap<>();
        site.posts().forEach(p -> rendered.put(p.source().relativePath(), new RenderedMarkdown(p == post ? html : "<p>x</p>",
                p == post ? html : "<p>x</p>", false, List.of())));
        RenderedContent content = new RenderedContent(rendered, new HashMap<>(), new HashMap<>());
        FeedView view = new Feeds(site, new Links(site.config()), new Routes(site.config())).feed(List.of(post),
                content);
        assertNotNull(view);
        return view.entries().get(0);
    }

    private static List<String> slugs(List<Post> posts) {
        return posts.stream().map(Post::slug).toList();
    }

    private static Post draft(Post post) {
        return new Post(post.source(), post.title(), post.date(), post.updated(), post.tags(), post.categories(),
                post.abbrlink(), post.layout(), true, post.lang(), post.comments(), post.excerpt(), post.slug(),
                post.path(), post.body(), post.frontMatter());
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("dates are written as DateTimeFormatter.ISO_OFFSET_DATE_TIME writes them")
    void isoDates() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<java.time.ZoneId> zones = List.of(java.time.ZoneOffset.UTC, java.time.ZoneId.of("Asia/Shanghai"),
                java.time.ZoneId.of("America/St_Johns"), java.time.ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
                java.time.ZoneId.of("Europe/Amsterdam"));
        for (int i = 0; i < 2000; i++) {
            java.time.ZonedDateTime date = java.time.ZonedDateTime.ofInstant(
                    java.time.Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 300_000_000_000L),
                            random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0),
                    zones.get(random.nextInt(zones.size())));
            assertEquals(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date), io.github.blogmaven.renderer.internal.pages.MomentFormat.iso(date));
        }
    }
}
