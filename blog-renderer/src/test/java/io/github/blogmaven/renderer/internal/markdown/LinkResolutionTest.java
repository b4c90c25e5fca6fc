package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links and images resolve once, at build time, to URLs that work wherever the fragment is shown: the post
 * page, index excerpts, archives and feeds (HEXO.md fact 6, section 1.6).
 */
class LinkResolutionTest {
    private static final Set<String> OUTPUT = Set.of(
            "posts/7631b95/1.jpg", "posts/7631b95/my pic.png", "posts/diagram.svg", "posts/7631b95/图.png");

    private static LinkContext post(String root, String assetDir, String absoluteBase) {
        return new LinkContext(root, "posts/", assetDir, OUTPUT::contains, absoluteBase);
    }

    private static String resolve(LinkContext context, String url) {
        return new SiteLinks(context).resolve(url);
    }

    @Nested
    @DisplayName("a relative path resolves, in this order,")
    class Order {
        @Test
        @DisplayName("1. to the post's asset folder when the file is there")
        void assetFolderFirst() {
            assertEquals("/posts/7631b95/1.jpg", resolve(post("/", "posts/7631b95/", null), "1.jpg"));
        }

        @Test
        @DisplayName("2. beside the page when the file is there")
        void pageDirectorySecond() {
            assertEquals("/posts/diagram.svg", resolve(post("/", "posts/7631b95/", null), "diagram.svg"));
            assertEquals("/posts/diagram.svg", resolve(post("/", null, null), "./diagram.svg"));
        }

        @Test
        @DisplayName("3. else to root + path, Hexo's prependRoot")
        void prependRootLast() {
            assertEquals("/7631b95/2.jpg", resolve(post("/", null, null), "7631b95/2.jpg"));
            assertEquals("/7631b95/2.jpg", resolve(post("/", "posts/7631b95/", null), "7631b95/2.jpg"));
        }

        @Test
        @DisplayName("so a path the browser would resolve against the post page still finds its file")
        void pageRelativeSetUp() {
            // HEXO.md fact 6 (b): with prependRoot off, 7631b95/1.jpg on posts/7631b95.html is posts/7631b95/1.jpg
            assertEquals("/posts/7631b95/1.jpg", resolve(post("/", null, null), "7631b95/1.jpg"));
        }

        @Test
        @DisplayName("and asks about the decoded path, without query or fragment")
        void existenceCheckSeesDecodedPath() {
            List<String> asked = new ArrayList<>();
            Predicate<String> recording = path -> {
                asked.add(path);
                return OUTPUT.contains(path);
            };
            LinkContext context = new LinkContext("/", "posts/", "posts/7631b95/", recording, null);

            assertEquals("/posts/7631b95/my%20pic.png?v=2#top", resolve(context, "my%20pic.png?v=2#top"));
            assertEquals(List.of("posts/7631b95/my pic.png"), asked);
        }
    }

    @Test
    @DisplayName("queries and fragments are kept on every branch")
    void queryAndFragmentKept() {
        LinkContext context = post("/", "posts/7631b95/", null);
        assertEquals("/posts/7631b95/1.jpg?v=2", resolve(context, "1.jpg?v=2"));
        assertEquals("/posts/diagram.svg#layer", resolve(context, "diagram.svg#layer"));
        assertEquals("/other.html?a=1#b", resolve(context, "other.html?a=1#b"));
    }

    @Test
    @DisplayName("../ never climbs above the site root, on any branch")
    void dotDotStaysInsideSite() {
        List<String> asked = new ArrayList<>();
        LinkContext context = new LinkContext("/blog/", "posts/", "posts/7631b95/", asked::add, null);

        assertEquals("/blog/posts/7631b95/1.jpg", resolve(context, "1.jpg"));
        asked.clear();
        assertEquals("/blog/etc/passwd", resolve(context, "../../../../etc/passwd"));
        assertTrue(asked.stream().noneMatch(path -> path.contains("..")), asked.toString());
        assertEquals("/blog/about/", resolve(post("/blog/", null, null), "../about/"));
    }

    @Test
    void dotSegmentsAreNormalized() {
        assertEquals("a/c/", SiteLinks.normalize("a/./b/../c/"));
        assertEquals("c", SiteLinks.normalize("../../c"));
        assertEquals("", SiteLinks.normalize("./"));
        assertEquals("a/b", SiteLinks.normalize("a//b"));
    }

    @Nested
    @DisplayName("with root /blog/")
    class SubPathRoot {
        private final LinkContext context = post("/blog/", "posts/7631b95/", null);

        @Test
        void relativePathsGetTheRoot() {
            assertEquals("/blog/7631b95/2.jpg", resolve(context, "7631b95/2.jpg"));
            assertEquals("/blog/posts/7631b95/1.jpg", resolve(context, "1.jpg"));
            assertEquals("/blog/posts/diagram.svg", resolve(context, "diagram.svg"));
        }

        @Test
        @DisplayName("absolute paths get the root once, as url_for does")
        void absolutePathsGetTheRootOnce() {
            assertEquals("/blog/images/a.png", resolve(context, "/images/a.png"));
            assertEquals("/blog/images/a.png", resolve(context, "/blog/images/a.png"));
        }

        @Test
        void rootSlashLeavesAbsolutePathsAlone() {
            assertEquals("/images/a.png", resolve(post("/", null, null), "/images/a.png"));
        }
    }

    @Nested
    @DisplayName("with an absolute base (feeds)")
    class AbsoluteBase {
        @Test
        @DisplayName("the base is the site url, which already holds the root's path")
        void subPathSite() {
            LinkContext context = post("/blog/", "posts/7631b95/", "https://x.org/blog");
            assertEquals("https://x.org/blog/a.jpg", resolve(context, "/blog/a.jpg"));
            assertEquals("https://x.org/blog/a.jpg", resolve(context, "a.jpg"));
            assertEquals("https://x.org/blog/images/a.png", resolve(context, "/images/a.png"));
            assertEquals("https://x.org/blog/posts/7631b95/1.jpg", resolve(context, "1.jpg"));
        }

        @Test
        void rootSite() {
            LinkContext context = post("/", null, "https://x.org");
            assertEquals("https://x.org/7631b95/2.jpg", resolve(context, "7631b95/2.jpg"));
            assertEquals("https://x.org/about/", resolve(context, "/about/"));
        }

        @Test
        void trailingSlashOnBaseIsTolerated() {
            assertEquals("https://x.org/blog/a.jpg", resolve(post("/blog/", null, "https://x.org/blog/"), "a.jpg"));
        }

        @Test
        void externalAndFragmentUrlsStay() {
            LinkContext context = post("/blog/", null, "https://x.org/blog");
            assertEquals("https://other.org/a", resolve(context, "https://other.org/a"));
            assertEquals("#top", resolve(context, "#top"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hexo.io/x.png", "http://a.b", "mailto:me@x.org", "tel:+123",
            "data:image/png;base64,iVBORw0KGgo=", "javascript:void(0)", "//cdn.x.org/a.js", "#section", "",
            "?page=2"})
    @DisplayName("URLs with a scheme, protocol-relative URLs, fragments and bare queries stay as written")
    void nonPathUrlsStay(String url) {
        assertEquals(url, resolve(post("/blog/", "posts/7631b95/", null), url));
    }

    @Test
    void percentDecodingIsUtf8AndLeavesMalformedEscapes() {
        assertEquals("图 a+b", SiteLinks.percentDecode("%E5%9B%BE%20a+b"));
        assertEquals("100%", SiteLinks.percentDecode("100%"));
        assertEquals("%zz", SiteLinks.percentDecode("%zz"));
    }

    @Nested
    @DisplayName("in rendered Markdown")
    class InMarkdown {
        private String render(String markdown, LinkContext links) {
            return new MarkdownRenderer(new MarkdownOptions(true, 200))
                    .render(new MarkdownSource(markdown, "post.md", 1, links)).html();
        }

        @Test
        @DisplayName("links, images and reference definitions all resolve")
        void everyMarkdownDestination() {
            String html = render("[a](x.html) ![b](1.jpg) [c][ref] ![d][img]\n\n[ref]: ../y.html\n[img]: diagram.svg\n",
                    post("/blog/", "posts/7631b95/", null));
            assertEquals("<p><a href=\"/blog/x.html\">a</a> <img src=\"/blog/posts/7631b95/1.jpg\" alt=\"b\" />"
                    + " <a href=\"/blog/y.html\">c</a> <img src=\"/blog/posts/diagram.svg\" alt=\"d\" /></p>\n", html);
        }

        @Test
        @DisplayName("autolinks and e-mail addresses keep their destinations")
        void autolinks() {
            String html = render("<https://a.org/x> www.b.org c@d.org <e@f.org>", post("/blog/", null, null));
            assertEquals("<p><a href=\"https://a.org/x\">https://a.org/x</a> <a href=\"http://www.b.org\">www.b.org</a>"
                    + " <a href=\"mailto:c@d.org\">c@d.org</a> <a href=\"mailto:e@f.org\">e@f.org</a></p>\n", html);
        }

        @Test
        @DisplayName("raw HTML <img src> and <a href> are left as written")
        void rawHtmlUntouched() {
            String html = render("<img src=\"1.jpg\">\n\nText <a href=\"x.html\">x</a>.", post("/blog/", "posts/7631b95/", null));
            assertEquals("<img src=\"1.jpg\">\n<p>Text <a href=\"x.html\">x</a>.</p>\n", html);
        }

        @Test
        @DisplayName("with an absolute base, images in feed content are absolute")
        void absoluteInFeeds() {
            String html = render("![](1.jpg)", post("/blog/", "posts/7631b95/", "https://x.org/blog"));
            assertEquals("<p><img src=\"https://x.org/blog/posts/7631b95/1.jpg\" alt=\"\" /></p>\n", html);
        }

        @Test
        @DisplayName("non-ASCII file names are checked as written and emitted percent-encoded")
        void nonAsciiFileNames() {
            String html = render("![](图.png)", post("/", "posts/7631b95/", null));
            assertEquals("<p><img src=\"/posts/7631b95/%E5%9B%BE.png\" alt=\"\" /></p>\n", html);
        }

        @Test
        @DisplayName("without a link context, URLs stay as written")
        void noContext() {
            assertEquals("<p><img src=\"1.jpg\" alt=\"\" /></p>\n", render("![](1.jpg)", null));
        }

        @Test
        @DisplayName("[1] and ![x] without a reference definition stay text, as in marked, not links to /1")
        void undefinedReferencesAreText() {
            String html = render("See [1], ![x] and [a][b].\n\n[c][]\n\n[c]: c.html\n", post("/", null, null));
            assertEquals("<p>See [1], ![x] and [a][b].</p>\n<p><a href=\"/c.html\">c</a></p>\n", html);
        }

        @Test
        @DisplayName("every link and image is recorded, in document order, with its line and column in the source file")
        void linksAreRecorded() {
            List<LinkUse> uses = new MarkdownRenderer(new MarkdownOptions(true, 200)).render(new MarkdownSource(
                    "Intro [a](x.html).\n\n- ![b](1.jpg)\n\n<p><img src=\"raw.png\"></p>\n", "post.md", 7,
                    post("/", "posts/7631b95/", null))).links();
            assertEquals(List.of(
                    new LinkUse("x.html", "/x.html", 7, 7),
                    new LinkUse("1.jpg", "/posts/7631b95/1.jpg", 9, 3),
                    new LinkUse("raw.png", "raw.png", 11, 14)), uses);
        }
    }
}
