package io.github.blogmaven.renderer.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LinkTargets maps a URL on a page to the output file it leads to")
class LinkTargetsTest {
    private static final Set<String> OUTPUT = Set.of("index.html", "about/index.html", "posts/a.html",
            "images/a b 中.png", "tags/c++/index.html");

    private final LinkTargets site = new LinkTargets("/", OUTPUT);
    private final LinkTargets blog = new LinkTargets("/blog/", OUTPUT);

    @Test
    @DisplayName("external, protocol-relative, mailto:, javascript:, fragment-only and query-only URLs are not files")
    void notFiles() {
        for (String url : new String[] {"https://x.org/a", "HTTP://x", "//cdn.x/a.js", "mailto:a@b.c", "tel:1",
            "javascript:void(0)", "data:image/png;base64,xx", "#top", "?page=2", "", "\\\\server\\x"}) {
            assertNull(site.target(url, "posts/"), url);
        }
    }

    @Test
    @DisplayName("the query and fragment are dropped and percent-escapes decoded")
    void stripAndDecode() {
        assertEquals("images/a b 中.png", site.target("/images/a%20b%20%E4%B8%AD.png?v=1#x", ""));
        assertEquals("tags/c++/", site.target("/tags/c%2B%2B/#list", ""));
    }

    @Test
    @DisplayName("a relative URL resolves against the page's folder, and never above the root")
    void relative() {
        assertEquals("posts/b.png", site.target("b.png", "posts/"));
        assertEquals("css/style.css", site.target("../css/style.css", "posts/"));
        assertEquals("x.html", site.target("../../../x.html", "posts/"));
        assertEquals("", site.target("./..", "posts/"));
    }

    @Test
    @DisplayName("with a root of /blog/, URLs below it are files of the site and others are not")
    void underRoot() {
        assertEquals("about/", blog.target("/blog/about/", ""));
        assertEquals("", blog.target("/blog", ""));
        assertNull(blog.target("/elsewhere/x.png", ""));
    }

    @Test
    @DisplayName("a directory means its index.html; an extensionless URL may be a .html or a directory")
    void exists() {
        assertTrue(site.exists(""));
        assertTrue(site.exists("about/"));
        assertTrue(site.exists("about"));
        assertTrue(site.exists("posts/a"));
        assertTrue(site.exists("posts/a.html"));
        assertFalse(site.exists("posts/"));
        assertFalse(site.exists("posts/b.html"));
    }
}
