package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The sample site (the reference post, byte for byte) loads as Hexo would show it")
class SampleSiteTest {
    private static final Path SAMPLE = Path.of("src/test/resources/sites/sample");
    private static final List<String> LOG = new ArrayList<>();
    private static Site site;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(SAMPLE, new LoadOptions(false, false, TempSite.NOW, LOG::add));
    }

    private static Post post() {
        assertEquals(1, site.posts().size());
        return site.posts().get(0);
    }

    @Test
    @DisplayName("the post keeps its title, and its naive date is Beijing time")
    void titleAndDate() {
        assertEquals("阿里巴巴正式开源全球化OpenMessaging和ApsaraCache项目", post().title());
        assertEquals(ZonedDateTime.of(2017, 10, 14, 21, 54, 12, 0, ZoneId.of("Asia/Shanghai")), post().date());
        assertEquals(post().date(), post().updated());
    }

    @Test
    @DisplayName("its abbrlink is kept as written and gives the output path posts/7631b95.html")
    void abbrlinkAndPath() {
        assertEquals("7631b95", post().abbrlink());
        assertEquals("posts/7631b95.html", post().path());
        assertEquals("/posts/7631b95.html", site.config().urlFor(post().path()));
        assertEquals("https://www.example.com/posts/7631b95.html", site.config().absoluteUrlFor(post().path()));
    }

    @Test
    @DisplayName("its slug (Hexo's :title) is the file name without extension")
    void slug() {
        assertEquals("alibaba-open-source", post().slug());
        assertEquals("source/_posts/alibaba-open-source.md", post().source().relativePath());
    }

    @Test
    @DisplayName("every front-matter key is kept in order, theme keys included, with its line")
    void frontMatter() {
        FrontMatter fm = post().frontMatter();
        assertEquals(List.of("title", "author", "avatar", "authorLink", "authorAbout", "authorDesc", "categories",
                "tags", "abbrlink", "date"), List.copyOf(fm.values().keySet()));
        assertEquals("胖芮", fm.get("author"));
        assertEquals("http://www.ruizhengyun.cn", fm.get("authorLink"));
        assertEquals(2, fm.line("title"));
        assertEquals(11, fm.line("date"));
        assertEquals(post().date(), fm.get("date"));
    }

    @Test
    @DisplayName("the body starts on line 13, right after the closing fence")
    void content() throws ContentException {
        assertEquals(13, post().body().line());
        assertTrue(post().body().text().startsWith("\n## OpenMessaging\n"));
        assertTrue(post().body().text().contains("![阿里巴巴集团CTO张建锋](7631b95/1.jpg)"));
        assertNull(post().excerpt());
    }

    @Test
    @DisplayName("its single tag and category become terms with slugs that keep the Chinese")
    void terms() {
        assertEquals(List.of(new Term("阿里", "阿里")), post().tags());
        assertEquals(List.of(List.of(new Term("学习", "学习"))), post().categories());
        assertEquals(1, site.tags().size());
        assertEquals(List.of(post()), site.tags().get(0).posts());
        assertEquals(new Term("学习", "学习"), site.categories().get(0).term());
        assertNull(site.categories().get(0).parent());
    }

    @Test
    @DisplayName("defaults: layout post, comments on, not a draft, no lang")
    void defaults() {
        assertEquals("post", post().layout());
        assertTrue(post().themed());
        assertTrue(post().comments());
        assertFalse(post().draft());
        assertNull(post().lang());
    }

    @Test
    @DisplayName("the about page is published at about/index.html and the images as assets")
    void pagesAndAssets() {
        assertEquals(1, site.pages().size());
        Page about = site.pages().get(0);
        assertEquals("about/index.html", about.path());
        assertEquals("关于", about.title());
        assertEquals("page", about.layout());
        assertEquals(Boolean.FALSE, about.frontMatter().get("comments"));
        assertEquals(List.of("7631b95/1.jpg", "7631b95/2.jpg"), site.assets().stream().map(Asset::path).toList());
    }

    @Test
    @DisplayName("the configuration is read with Hexo's defaults for what it does not say")
    void config() {
        SiteConfig config = site.config();
        assertEquals("阿里技术", config.title());
        assertEquals("zh-CN", config.language());
        assertEquals(ZoneId.of("Asia/Shanghai"), config.timezone());
        assertTrue(config.timezoneConfigured());
        assertEquals("https://www.example.com", config.url());
        assertEquals("posts/:abbrlink.html", config.permalink());
        assertEquals(10, config.perPage());
        assertTrue(config.markdownBreaks());
        assertEquals(SAMPLE.toAbsolutePath().normalize(), site.baseDir());
    }

    @Test
    @DisplayName("the fixture is the reference post byte for byte, and loading leaves it so")
    void readOnly() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE.resolve("source/_posts/alibaba-open-source.md"));
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals("2dd415e8a2fc41c48f04bd2415739122efa7a9c6eabc411aa0d98cd6aca8755a", sha256);
        assertTrue(LOG.isEmpty(), LOG.toString());
    }
}
