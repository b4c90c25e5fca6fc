package io.github.blogmaven.renderer.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.internal.TestSites;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinksTest {
    private final Links links = new Links(TestSites.config(Map.of("url", "https://blog.example.com")));
    private final Links sub = new Links(TestSites.config(Map.of("url", "https://example.com/blog", "root", "/blog/")));

    @Test
    @DisplayName("non-ASCII paths are percent-encoded as UTF-8, as Hexo's url_for does")
    void encodesLikeHexo() {
        assertEquals("/tags/%E4%B8%AD%E6%96%87/", links.url("tags/中文/"));
        assertEquals("https://blog.example.com/tags/%E4%B8%AD%E6%96%87/", links.absolute("tags/中文/"));
        assertEquals("/a%20b/c%23d%3F.html", links.url("a b/c#d?.html"));
        assertEquals("/%F0%9F%98%80/", links.url("😀/"));
    }

    @Test
    @DisplayName("a scheme is found where the URL scheme's pattern finds one, on random strings")
    void hasScheme() {
        Pattern scheme = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
        String alphabet = "aZ09+.-:/#?é ";
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder url = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(scheme.matcher(url).find(), Links.hasScheme(url.toString()), url.toString());
        }
        assertTrue(Links.hasScheme("https://x.org") && Links.hasScheme("mailto:a@b") && !Links.hasScheme("1a:b"));
    }

    @Test
    @DisplayName("encoding twice changes nothing")
    void idempotent() {
        String once = Links.encode("/tags/中文%/", true);
        assertEquals(once, Links.encode(once, true));
        assertEquals("/x%25y", Links.encode("/x%y", true));
    }

    @Test
    @DisplayName("root and url with a sub-directory")
    void subDirectory() {
        assertEquals("/blog/posts/a.html", sub.url("posts/a.html"));
        assertEquals("https://example.com/blog/posts/a.html", sub.absolute("posts/a.html"));
        assertEquals("https://example.com/blog/", sub.absolute(""));
        assertEquals("/blog/images/x.png", sub.forUserValue("/images/x.png"));
        assertEquals("/blog/images/x.png", sub.forUserValue("/blog/images/x.png"));
    }

    @Test
    @DisplayName("pretty_urls.trailing_index: false drops index.html from links")
    void prettyUrls() {
        Links pretty = new Links(TestSites.config(Map.of("trailing_index", false, "trailing_html", false)));
        assertEquals("/about/", pretty.url("about/index.html"));
        assertEquals("/posts/a", pretty.url("posts/a.html"));
    }

    @Test
    @DisplayName("posts whose permalink ends in / are linked as that directory")
    void postRoutes() {
        assertEquals("2017/10/14/hello/", Links.postRoute("2017/10/14/hello/index.html"));
        assertEquals("posts/7631b95.html", Links.postRoute("posts/7631b95.html"));
        assertEquals("", Links.postRoute("index.html"));
        assertEquals("a/index.html", Links.fileOf("a/"));
        assertEquals("index.html", Links.fileOf(""));
        assertEquals("posts/", Links.directoryOf("posts/a.html"));
        assertEquals("", Links.directoryOf("a.html"));
    }

    @Test
    @DisplayName("url_for keeps absolute URLs, fragments and mailto links")
    void userValues() {
        assertEquals("https://x.org/a b", links.forUserValue("https://x.org/a b"));
        assertEquals("//cdn.example.com/x.js", links.forUserValue("//cdn.example.com/x.js"));
        assertEquals("#top", links.forUserValue("#top"));
        assertEquals("mailto:a@b.c", links.forUserValue("mailto:a@b.c"));
        assertEquals("/about/#me", links.forUserValue("about/#me"));
        assertEquals("https://blog.example.com/images/a.png", links.absoluteForUserValue("/images/a.png"));
    }

    @Test
    @DisplayName("javascript:, vbscript: and data: URLs in front matter or the menu become #, however they are spelled")
    void scriptingUrlsAreNeutralised() {
        Links links = new Links(TestSites.config(Map.of()));
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)",
                "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>")) {
            assertEquals("#", links.forUserValue(url), url);
        }
        assertEquals("https://x.org/javascript:", links.forUserValue("https://x.org/javascript:"));
    }
}
