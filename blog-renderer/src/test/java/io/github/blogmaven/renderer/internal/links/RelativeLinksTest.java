package io.github.blogmaven.renderer.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("relative_link writes every link of a page relative to it")
class RelativeLinksTest {
    @Test
    @DisplayName("from a page's directory to any path below the root")
    void paths() {
        assertEquals("a.html", RelativeLinks.relative("posts/", "posts/a.html"));
        assertEquals("../css/style.css", RelativeLinks.relative("posts/", "css/style.css"));
        assertEquals("../../../../tags/java/", RelativeLinks.relative("2017/10/14/hello/", "tags/java/"));
        assertEquals("./", RelativeLinks.relative("", ""));
        assertEquals("../", RelativeLinks.relative("posts/", ""));
        assertEquals("./", RelativeLinks.relative("tags/", "tags/"));
        assertEquals("../", RelativeLinks.relative("tags/java/", "tags/"));
        assertEquals("a.html#more", RelativeLinks.relative("posts/", "posts/a.html#more"));
        assertEquals("../?q=1", RelativeLinks.relative("posts/", "?q=1"));
        assertEquals("x.html", RelativeLinks.relative("tags/阿里/", "tags/%E9%98%BF%E9%87%8C/x.html"),
                "the page's directory compares encoded");
    }

    @Test
    @DisplayName("href and src from the root become relative; other URLs and script text stay")
    void page() {
        RelativeLinks links = new RelativeLinks("/");
        assertEquals("<a href=\"../\">home</a><img src=\"../images/a.png\"><a href=\"https://x.org/\">"
                + "<a href=\"#top\"><a href=\"b.html\"><link href=\"../css/style.css\"><a href=\"//cdn.example.org/x\">"
                + "<script>var u = \"/keep\";</script>",
                links.apply("<a href=\"/\">home</a><img src=\"/images/a.png\"><a href=\"https://x.org/\">"
                        + "<a href=\"#top\"><a href=\"b.html\"><link href=\"/css/style.css\">"
                        + "<a href=\"//cdn.example.org/x\"><script>var u = \"/keep\";</script>", "posts/a.html"));
    }

    @Test
    @DisplayName("under a sub-path root, only URLs below it change, the root itself included")
    void subPath() {
        RelativeLinks links = new RelativeLinks("/blog/");
        assertEquals("<a href=\"../\"><a href=\"../\"><a href=\"/other/\"><a href=\"../tags/x/\">",
                links.apply("<a href=\"/blog/\"><a href=\"/blog\"><a href=\"/other/\"><a href=\"/blog/tags/x/\">",
                        "posts/a.html"));
    }
}
