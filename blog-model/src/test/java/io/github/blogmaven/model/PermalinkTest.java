package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Post output paths follow permalink as Hexo's post_permalink filter does")
class PermalinkTest {
    private static final String POST = "---\ntitle: Hello, Wörld!\ndate: 2017-03-04 05:06:07\n"
            + "categories: [Tech, Java EE]\nabbrlink: 7631b95\nlang: zh-CN\n---\nBody\n";

    @TempDir
    Path dir;

    private String path(String permalink, String file, String text) throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: Asia/Shanghai\npermalink: " + permalink + "\n")
                .file(file, text).load();
        return site.posts().get(0).path();
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        ":year/:month/:day/:title/          | 2017/03/04/sub/My Post/index.html",
        ":year/:i_month/:i_day/:name.html   | 2017/3/4/My Post.html",
        ":hour-:minute-:second.html         | 05-06-07.html",
        ":timestamp.html                    | 1488575167.html",
        ":post_title/                       | hello-world/index.html",
        "posts/:abbrlink.html               | posts/7631b95.html",
        "posts/:id/                         | posts/7631b95/index.html",
        ":lang/:abbrlink/                   | zh-CN/7631b95/index.html",
        ":category/:abbrlink.html           | Tech/Java-EE/7631b95.html",
        "/p/:abbrlink                       | p/7631b95",
    })
    @DisplayName("each token")
    void tokens(String permalink, String expected) throws Exception {
        assertEquals(expected, path(permalink, "source/_posts/sub/My Post.md", POST));
    }

    @Test
    @DisplayName(":hash is the first 12 hex digits of sha1(slug + unix seconds)")
    void hash() throws Exception {
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest("hello1488575167".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(sha1).substring(0, 12);
        assertEquals("hello-" + expected + "/index.html", path(":title-:hash/", "source/_posts/hello.md", POST));
    }

    @Test
    @DisplayName(":category without categories is default_category, slugized")
    void defaultCategory() throws Exception {
        assertEquals("uncategorized/a.html",
                path(":category/:title.html", "source/_posts/a.md", "---\ndate: 2017-01-01\n---\n"));
    }

    @Test
    @DisplayName("a token with no front-matter value falls back to permalink_defaults")
    void permalinkDefaults() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\npermalink: :lang/:title/\npermalink_defaults:\n  lang: en\n")
                .file("source/_posts/a.md", "---\ndate: 2017-01-01\n---\n")
                .file("source/_posts/b.md", "---\ndate: 2017-01-02\nlang: de\n---\n").load();
        assertEquals(List.of("de/b/index.html", "en/a/index.html"), site.posts().stream().map(Post::path).toList());
    }

    @Test
    @DisplayName("a token with no value at all is a problem on that post")
    void missingToken() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: :lang/:title/\n")
                .file("source/_posts/a.md", "---\ndate: 2017-01-01\n---\n").problems();
        assertEquals(1, problems.size());
        assertEquals("source/_posts/a.md", problems.get(0).path());
        assertEquals("permalink", problems.get(0).key());
        assertTrue(problems.get(0).message().contains(":lang"));
        assertTrue(problems.get(0).hint().contains("permalink_defaults"));
    }

    @Test
    @DisplayName("a front-matter permalink overrides the pattern: leading / dropped, trailing / gets index.html")
    void override() throws Exception {
        assertEquals("custom/place/index.html",
                path(":title/", "source/_posts/a.md", "---\ndate: 2017-01-01\npermalink: /custom/place/\n---\n"));
        assertEquals("exact.html",
                path(":title/", "source/_posts/a.md", "---\ndate: 2017-01-01\npermalink: exact.html\n---\n"));
    }

    @Test
    @DisplayName("a permalink that would leave the output directory is a problem")
    void unsafe() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/a.md", "---\npermalink: ../../etc/passwd\n---\n").problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("../../etc/passwd"));
    }

    @Test
    @DisplayName("the default permalink is :year/:month/:day/:title/")
    void defaultPermalink() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/hello-world.md", "---\ndate: 2017-10-14 21:54:12\n---\n").load();
        assertEquals("2017/10/14/hello-world/index.html", site.posts().get(0).path());
    }

    @ParameterizedTest(name = "trailing_index {0}, trailing_html {1}, root {2}: {3} is {4}")
    @CsvSource(delimiter = '|', value = {
        "true  | true  | /      | 2017/hello/index.html | /2017/hello/index.html",
        "false | true  | /      | 2017/hello/index.html | /2017/hello/",
        "false | true  | /      | index.html            | /",
        "true  | false | /      | posts/7631b95.html    | /posts/7631b95",
        "true  | false | /      | 2017/hello/index.html | /2017/hello/index.html",
        "true  | true  | blog   | posts/7631b95.html    | /blog/posts/7631b95.html",
    })
    @DisplayName("links honour root and pretty_urls")
    void urlFor(boolean trailingIndex, boolean trailingHtml, String root, String path, String url) throws Exception {
        Site site = TempSite.withConfig(dir, "url: https://example.com/blog/\nroot: " + root
                + "\npretty_urls:\n  trailing_index: " + trailingIndex + "\n  trailing_html: " + trailingHtml + "\n")
                .load();
        assertEquals(url, site.config().urlFor(path));
        assertEquals("https://example.com/blog", site.config().url());
    }
}
