package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Files under source/ are posts, pages, assets or data, as in Hexo")
class SourceLayoutTest {
    @TempDir
    Path dir;

    private TempSite site(String config) {
        return TempSite.withConfig(dir, "timezone: UTC\n" + config);
    }

    private static List<String> pagePaths(Site site) {
        return site.pages().stream().map(Page::path).toList();
    }

    private static List<String> assetPaths(Site site) {
        return site.assets().stream().map(Asset::path).toList();
    }

    @Test
    @DisplayName("Markdown outside _posts is a page at its source path with .html; other files are assets")
    void pagesAndAssets() throws Exception {
        Site loaded = site("")
                .file("source/about/index.md", "---\ntitle: About\n---\nHi")
                .file("source/links.md", "Links")
                .file("source/notes/long.markdown", "Long")
                .file("source/images/a.png", "png")
                .file("source/CNAME", "example.com")
                .load();
        assertEquals(List.of("about/index.html", "links.html", "notes/long.html"), pagePaths(loaded));
        assertEquals(List.of("CNAME", "images/a.png"), assetPaths(loaded));
        assertEquals("source/images/a.png", loaded.assets().get(1).source().relativePath());
        assertEquals("", loaded.pages().get(1).title());
    }

    @Test
    @DisplayName("HTML under source/ is a page published without Markdown, as in Hexo, unless skip_render names it")
    void htmlPages() throws Exception {
        Site loaded = site("skip_render:\n  - verify_*.html\n")
                .file("source/redirect/index.html", "---\nlayout: false\n---\n<p>moved</p>\n")
                .file("source/old.htm", "<p>old</p>\n")
                .file("source/verify_abc.html", "abc")
                .load();
        assertEquals(List.of("old.html", "redirect/index.html"), pagePaths(loaded));
        Page redirect = loaded.pages().get(1);
        assertEquals("<p>moved</p>\n", redirect.body().text());
        assertNull(redirect.layout());
        assertFalse(redirect.markdown());
        assertEquals(List.of("verify_abc.html"), assetPaths(loaded));
    }

    @Test
    @DisplayName("a page's permalink overrides its path; layout: false means no theme")
    void pagePermalink() throws Exception {
        Site loaded = site("")
                .file("source/a.md", "---\npermalink: /custom/\n---\n")
                .file("source/b.md", "---\npermalink: plain\nlayout: false\n---\n")
                .load();
        assertEquals(List.of("custom/index.html", "plain.html"), pagePaths(loaded));
        assertNull(loaded.pages().get(1).layout());
    }

    @Test
    @DisplayName("names starting with _ or . are not published, nor files ending in ~ or %")
    void hidden() throws Exception {
        Site loaded = site("")
                .file("source/_partial.md", "x")
                .file("source/_private/page.md", "x")
                .file("source/.git/config", "x")
                .file("source/dir/.DS_Store", "x")
                .file("source/page.md~", "x")
                .file("source/page.md%", "x")
                .file("source/_posts/_hidden.md", "x")
                .file("source/_posts/.draft.md", "x")
                .file("source/visible.md", "x")
                .load();
        assertEquals(List.of("visible.html"), pagePaths(loaded));
        assertEquals(List.of(), assetPaths(loaded));
        assertEquals(List.of(), loaded.posts());
    }

    @Test
    @DisplayName("include publishes hidden files; exclude hides visible ones")
    void includeExclude() throws Exception {
        Site loaded = site("include: ['.well-known/**']\nexclude: ['drafts/**']\n")
                .file("source/.well-known/security.txt", "x")
                .file("source/drafts/x.md", "x")
                .load();
        assertEquals(List.of(".well-known/security.txt"), assetPaths(loaded));
        assertEquals(List.of(), pagePaths(loaded));
    }

    @Test
    @DisplayName("skip_render files are copied as they are, not rendered")
    void skipRender() throws Exception {
        Site loaded = site("skip_render:\n  - 'demo/**'\n  - README.md\n")
                .file("source/README.md", "x")
                .file("source/demo/a/index.md", "x")
                .file("source/other.md", "x")
                .load();
        assertEquals(List.of("other.html"), pagePaths(loaded));
        assertEquals(List.of("README.md", "demo/a/index.md"), assetPaths(loaded));
    }

    @Test
    @DisplayName("posts may be nested in folders; their :title includes the folders")
    void nestedPosts() throws Exception {
        Site loaded = site("permalink: :title/\n")
                .file("source/_posts/2017/travel/Paris trip.md", "---\ndate: 2017-01-01\n---\n").load();
        assertEquals("2017/travel/Paris trip", loaded.posts().get(0).slug());
        assertEquals("2017/travel/Paris trip/index.html", loaded.posts().get(0).path());
    }

    @Test
    @DisplayName("a symbolic link back up the tree does not loop")
    void symlinkLoop() throws Exception {
        TempSite temp = site("").file("source/a/page.md", "x");
        try {
            java.nio.file.Files.createSymbolicLink(dir.resolve("source/a/loop"), dir.resolve("source"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertEquals(List.of("a/page.html"), pagePaths(temp.load()));
    }

    @Test
    @DisplayName("a tree of folders a hundred deep is read whole (below the first levels, one task walks a subtree)")
    void deepTree() throws Exception {
        String deep = "d/".repeat(100);
        Site loaded = site("").file("source/" + deep + "page.md", "x").file("source/top.md", "x").load();
        assertEquals(List.of(deep + "page.html", "top.html"), pagePaths(loaded));
    }

    @Test
    @DisplayName("source_dir is honoured, and a missing source directory is an empty site")
    void sourceDir() throws Exception {
        Site empty = site("").load();
        assertEquals(List.of(), empty.posts());
        assertEquals(List.of(), empty.pages());
        Site moved = site("source_dir: content\n").file("content/_posts/a.md", "---\ndate: 2020-01-01\n---\n").load();
        assertEquals("content/_posts/a.md", moved.posts().get(0).source().relativePath());
    }

    @Test
    @DisplayName("source/_data YAML and JSON files become Site.data by file name")
    void data() throws Exception {
        Site loaded = site("")
                .file("source/_data/menu.yml", "Home: /\nArchives: /archives/\n")
                .file("source/_data/links.json", "{\"friends\": [\"a\", \"b\"], \"count\": 2}")
                .file("source/_data/notes.txt", "ignored")
                .load();
        assertEquals(Map.of("Home", "/", "Archives", "/archives/"), loaded.data().get("menu"));
        assertEquals(Map.of("friends", List.of("a", "b"), "count", 2), loaded.data().get("links"));
        assertEquals(List.of("links", "menu"), loaded.data().keySet().stream().sorted().toList());
    }

    @Test
    @DisplayName("post_asset_folder: files in _posts/<stem>/ are published in the post's directory")
    void postAssetFolder() throws Exception {
        Site loaded = site("post_asset_folder: true\npermalink: posts/:abbrlink.html\n")
                .file("source/_posts/open.md", "---\nabbrlink: 7631b95\ndate: 2017-10-14\n---\n")
                .file("source/_posts/open/1.jpg", "jpg")
                .file("source/_posts/open/sub/2.jpg", "jpg")
                .file("source/_drafts/secret.md", "---\ntitle: s\n---\n")
                .file("source/_drafts/secret/x.jpg", "jpg")
                .load();
        assertEquals(List.of("posts/7631b95/1.jpg", "posts/7631b95/sub/2.jpg"), assetPaths(loaded));
        assertEquals("source/_posts/open/1.jpg", loaded.assets().get(0).source().relativePath());
    }

    @Test
    @DisplayName("post_asset_folder with a directory permalink puts files beside index.html")
    void postAssetFolderDirectory() throws Exception {
        Site loaded = site("post_asset_folder: true\n")
                .file("source/_posts/hello.md", "---\ndate: 2017-10-14\n---\n")
                .file("source/_posts/hello/a.png", "png")
                .load();
        assertEquals(List.of("2017/10/14/hello/a.png"), assetPaths(loaded));
    }

    @Test
    @DisplayName("without post_asset_folder, files under _posts are not published, and the log says why")
    void noPostAssetFolder() throws Exception {
        TempSite temp = site("")
                .file("source/_posts/hello.md", "---\ndate: 2017-10-14\n---\n")
                .file("source/_posts/hello/a.png", "png");
        Site loaded = temp.load();
        assertEquals(List.of(), assetPaths(loaded));
        assertEquals(1, temp.log().size());
        assertTrue(temp.log().get(0).contains("post_asset_folder: true"), temp.log().get(0));
    }

    @Test
    @DisplayName("posts are sorted newest first, ties by source path; pages and assets by path")
    void order() throws Exception {
        Site loaded = site("")
                .file("source/_posts/b.md", "---\ndate: 2020-01-01\n---\n")
                .file("source/_posts/a.md", "---\ndate: 2020-01-01\n---\n")
                .file("source/_posts/c.md", "---\ndate: 2021-01-01\n---\n")
                .load();
        assertEquals(List.of("c", "a", "b"), loaded.posts().stream().map(Post::slug).toList());
    }
}
