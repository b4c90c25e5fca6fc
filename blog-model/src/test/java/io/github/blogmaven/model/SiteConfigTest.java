package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.SiteConfig.AbbrlinkAlgorithm;
import io.github.blogmaven.model.SiteConfig.AbbrlinkRepresentation;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("_config.yml is read with Hexo's defaults")
class SiteConfigTest {
    @TempDir
    Path dir;

    private SiteConfig config(String yaml) throws Exception {
        return TempSite.withConfig(dir, yaml).load().config();
    }

    @Test
    @DisplayName("an empty _config.yml gives Hexo's defaults")
    void defaults() throws Exception {
        SiteConfig config = config("");
        assertEquals("Hexo", config.title());
        assertEquals("", config.subtitle());
        assertEquals("John Doe", config.author());
        assertEquals("en", config.language());
        assertEquals(ZoneOffset.UTC, config.timezone());
        assertFalse(config.timezoneConfigured());
        assertEquals("http://example.com", config.url());
        assertEquals("/", config.root());
        assertEquals(":year/:month/:day/:title/", config.permalink());
        assertEquals(Map.of(), config.permalinkDefaults());
        assertTrue(config.trailingIndex());
        assertTrue(config.trailingHtml());
        assertEquals("tags", config.tagDir());
        assertEquals("archives", config.archiveDir());
        assertEquals("categories", config.categoryDir());
        assertEquals(10, config.perPage());
        assertEquals("page", config.paginationDir());
        assertFalse(config.renderDrafts());
        assertTrue(config.future());
        assertFalse(config.postAssetFolder());
        assertFalse(config.relativeLink());
        assertEquals("uncategorized", config.defaultCategory());
        assertEquals(0, config.filenameCase());
        assertEquals(":title.md", config.newPostName());
        assertEquals(AbbrlinkAlgorithm.CRC32, config.abbrlink().algorithm());
        assertEquals(AbbrlinkRepresentation.HEX, config.abbrlink().representation());
        assertNull(config.theme());
        assertTrue(config.markdownBreaks());
        assertEquals(List.of(), config.skipRender());
        assertEquals(Map.of(), config.values());
    }

    @Test
    @DisplayName("url loses its trailing slash; root gets both slashes")
    void urlAndRoot() throws Exception {
        SiteConfig config = config("url: https://example.com/blog/\nroot: blog\n");
        assertEquals("https://example.com/blog", config.url());
        assertEquals("/blog/", config.root());
        assertEquals("https://example.com/blog/about/", new SiteConfig(config.title(), config.subtitle(),
                config.description(), config.author(), config.language(), config.timezone(), false, config.url(),
                config.root(), config.permalink(), Map.of(), false, true, "tags", "archives", "categories", 10,
                "page", false, true, false, false, "uncategorized", Map.of(), Map.of(), 0, ":title.md",
                config.abbrlink(), null, true, List.of(), Map.of()).absoluteUrlFor("about/index.html"));
    }

    @Test
    @DisplayName("language may be a list: the first is the site's")
    void languageList() throws Exception {
        assertEquals("zh-CN", config("language: [zh-CN, en]\n").language());
        assertEquals("no", config("language: no\n").language());
    }

    @Test
    @DisplayName("every key is kept in values, in order, including ones with no meaning here")
    void values() throws Exception {
        SiteConfig config = config("title: T\ntheme: next\nfeed:\n  type: atom\n  limit: 20\nmarked:\n  breaks: false\n");
        assertEquals(List.of("title", "theme", "feed", "marked"), List.copyOf(config.values().keySet()));
        assertEquals(Map.of("type", "atom", "limit", 20), config.values().get("feed"));
        assertEquals("next", config.theme());
        assertFalse(config.markdownBreaks());
    }

    @Test
    @DisplayName("maps, lists and nested switches are read")
    void structured() throws Exception {
        SiteConfig config = config("skip_render: 'static/**'\ntag_map:\n  C++: cpp\npermalink_defaults:\n  lang: en\n"
                + "pretty_urls:\n  trailing_index: false\nper_page: 0\nfilename_case: 1\n");
        assertEquals(List.of("static/**"), config.skipRender());
        assertEquals(Map.of("C++", "cpp"), config.tagMap());
        assertEquals(Map.of("lang", "en"), config.permalinkDefaults());
        assertFalse(config.trailingIndex());
        assertTrue(config.trailingHtml());
        assertEquals(0, config.perPage());
        assertEquals(1, config.filenameCase());
    }

    @Test
    @DisplayName("YAML 1.1 surprises do not reach text settings: title: no stays \"no\"")
    void textSettings() throws Exception {
        SiteConfig config = config("title: no\nauthor: 2024\n");
        assertEquals("no", config.title());
        assertEquals("2024", config.author());
    }
}
