package io.github.blogmaven.renderer.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.Fixtures;
import io.github.blogmaven.renderer.PageKind;
import io.github.blogmaven.renderer.internal.TestSites;
import io.github.blogmaven.renderer.internal.output.OutputSession;
import io.github.blogmaven.renderer.internal.output.ScratchFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A build of sites made in code, with a Markdown stand-in: what is written where, and who wins a path. */
class SiteBuildTest {
    @TempDir
    Path base;

    @TempDir
    Path out;

    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final BuildListener listener = new BuildListener() {
        @Override
        public void info(String message) {
            synchronized (infos) {
                infos.add(message);
            }
        }

        @Override
        public void warn(String message) {
            synchronized (warnings) {
                warnings.add(message);
            }
        }
    };

    SiteBuild.Outcome build(Site site) throws Exception {
        try (OutputSession output = OutputSession.open(base, base.resolve("source"), out, null, listener)) {
            SiteBuild.Outcome outcome = new SiteBuild(site, output, listener, TestSites::markdown, true).run();
            output.commit();
            return outcome;
        }
    }

    String read(String path) throws IOException {
        return Files.readString(out.resolve(path));
    }

    @Test
    @DisplayName("a site too big to hold its posts' HTML keeps it in the scratch file, which lists read back")
    void listedHtmlFromTheScratchFile() throws Exception {
        Path scratch = buildWithoutRoomForHtml("whole-posts");
        assertTrue(Files.size(scratch) > 0, "the posts' HTML is in the scratch file");
        assertListsShowWholePosts();
        assertFalse(Files.exists(out.resolve(ScratchFile.FILE_NAME)));
    }

    @Test
    @DisplayName("lists whose templates print no post's content keep none; a key they compute gets it made again")
    void listedHtmlRenderedAgain() throws Exception {
        Path scratch = buildWithoutRoomForHtml("computed-content");
        assertFalse(Files.exists(scratch), "no HTML was put aside");
        assertListsShowWholePosts();
    }

    /** Builds a fixture site with no heap for the posts' HTML; returns where its scratch file was or would be. */
    private Path buildWithoutRoomForHtml(String fixture) throws Exception {
        Path blog = Fixtures.site(fixture);
        Site site = SiteLoader.load(blog, LoadOptions.defaults());
        try (OutputSession output = OutputSession.open(blog, blog.resolve("source"), out, null, listener)) {
            new SiteBuild(site, output, listener, TestSites::markdown, true, 0).run();
            Path scratch;
            try (Stream<Path> siblings = Files.list(out.getParent())) {
                scratch = siblings.filter(path -> path.getFileName().toString()
                        .startsWith("." + out.getFileName() + ".staging-")).findFirst().orElseThrow()
                        .resolve(ScratchFile.FILE_NAME);
            }
            boolean existed = Files.exists(scratch);
            Path copy = base.resolve("scratch");
            if (existed) {
                Files.copy(scratch, copy);
            }
            output.commit();
            return copy;
        }
    }

    /** Each section of the home page holds what its post's page holds in {@code <main>}. */
    private void assertListsShowWholePosts() throws IOException {
        String index = read("index.html");
        Matcher section = Pattern.compile("<section data-url=\"/([^\"]*)\">(.*?)</section>", Pattern.DOTALL)
                .matcher(index);
        int posts = 0;
        while (section.find()) {
            Matcher main = Pattern.compile("<main>(.*)</main>", Pattern.DOTALL)
                    .matcher(read(section.group(1) + "index.html"));
            assertTrue(main.find(), section.group(1));
            assertEquals(main.group(1), section.group(2), section.group(1));
            posts++;
        }
        assertEquals(2, posts, index);
    }

    @Test
    @DisplayName("NexT's source/tags/index.md with type: tags replaces the generated index and shows the tags")
    void pageWithTypeTagsReplacesGeneratedIndex() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of("Java"), List.of(), Map.of(), "Hi.");
        Page tags = TestSites.page("tags/index.html", "All the tags", "page", Map.of("type", "tags"), "Intro text.");
        SiteBuild.Outcome outcome = build(TestSites.site(base, TestSites.config(Map.of()), List.of(post), List.of(tags)));

        String html = read("tags/index.html");
        assertTrue(html.contains("All the tags"), html);
        assertTrue(html.contains("Intro text."));
        assertTrue(html.contains("href=\"/tags/java/\""), "the tag list");
        assertTrue(infos.stream().anyMatch(m -> m.contains("source/tags/index.md replaces the tags index")),
                infos.toString());
        assertEquals(1, outcome.pages().get(PageKind.PAGE));
        assertEquals(1, outcome.pages().get(PageKind.TAG), "only the page of tag Java is generated");
    }

    @Test
    @DisplayName("a layout: false page is its Markdown alone, without the theme")
    void unthemedPage() throws Exception {
        Page raw = TestSites.page("raw.html", "Raw", null, Map.of(), "Just this.");
        build(TestSites.site(base, TestSites.config(Map.of()), List.of(), List.of(raw)));
        assertEquals("<p>Just this.</p>\n", read("raw.html"));
    }

    @Test
    @DisplayName("a site without posts still gets a home page, archives, indexes, feeds and a sitemap")
    void emptySite() throws Exception {
        SiteBuild.Outcome outcome = build(TestSites.site(base, TestSites.config(Map.of()), List.of(), List.of()));
        for (String path : List.of("index.html", "archives/index.html", "tags/index.html", "categories/index.html",
                "atom.xml", "rss2.xml", "sitemap.xml", "404.html", "css/style.css")) {
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
        assertEquals(1, outcome.pages().get(PageKind.INDEX));
        assertEquals(1, outcome.assetsCopied());
    }

    @Test
    @DisplayName("a post's own layout is used when the theme has it, else post.ftlh")
    void layoutByName() throws Exception {
        Path layouts = Files.createDirectories(base.resolve("themes/t/layout"));
        Files.writeString(layouts.resolve("photo.ftlh"), "PHOTO ${post.title}");
        Post photo = withLayout(TestSites.post("p", TestSites.date(2020, 1, 1), List.of(), List.of(), Map.of(), "x"),
                "photo");
        Post other = withLayout(TestSites.post("q", TestSites.date(2020, 1, 2), List.of(), List.of(), Map.of(), "x"),
                "gallery");
        build(TestSites.site(base, TestSites.config(Map.of("theme", "t")), List.of(photo, other), List.of()));
        assertEquals("PHOTO p", read("2020/01/01/p/index.html"));
        assertTrue(read("2020/01/02/q/index.html").contains("class=\"post-content\""));
    }

    @Test
    @DisplayName("a Hexo (EJS) theme is ignored with a warning, and its files are not copied")
    void hexoThemeIgnored() throws Exception {
        Files.createDirectories(base.resolve("themes/landscape/layout"));
        Files.writeString(base.resolve("themes/landscape/layout/post.ejs"), "<%- page.content %>");
        Files.createDirectories(base.resolve("themes/landscape/source/js"));
        Files.writeString(base.resolve("themes/landscape/source/js/script.js"), "//");
        build(TestSites.site(base, TestSites.config(Map.of("theme", "landscape")), List.of(), List.of()));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("themes/landscape is a Hexo theme")), warnings.toString());
        assertFalse(Files.exists(out.resolve("js/script.js")));
    }

    @Test
    @DisplayName("theme source files starting with _ or . are not published; the site's replace built-in ones")
    void themeSourceRules() throws Exception {
        Path source = Files.createDirectories(base.resolve("themes/t/source/css"));
        Files.writeString(source.resolve("style.css"), "body{}");
        Files.writeString(source.resolve("_partial.css"), "x");
        Files.writeString(source.resolve(".hidden"), "x");
        build(TestSites.site(base, TestSites.config(Map.of("theme", "t")), List.of(), List.of()));
        assertEquals("body{}", read("css/style.css"));
        assertFalse(Files.exists(out.resolve("css/_partial.css")));
        assertFalse(Files.exists(out.resolve("css/.hidden")));
    }

    @Test
    @DisplayName("url and root with a sub-directory: links under /blog/, feeds under https://example.com/blog/")
    void subDirectorySite() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of("中文"), List.of(), Map.of(), "Hi.");
        build(TestSites.site(base, TestSites.config(Map.of("url", "https://example.com/blog", "root", "/blog/")),
                List.of(post), List.of()));
        assertTrue(read("index.html").contains("href=\"/blog/2020/05/01/a/\""));
        assertTrue(read("index.html").contains("href=\"/blog/css/style.css\""));
        assertTrue(read("atom.xml").contains("<id>https://example.com/blog/2020/05/01/a/</id>"));
        assertTrue(read("sitemap.xml").contains("<loc>https://example.com/blog/tags/%E4%B8%AD%E6%96%87/</loc>"));
    }

    @Test
    @DisplayName("a path that would leave the output directory fails the build")
    void escapingPathRefused() {
        Post evil = TestSites.post("a", TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(), "x");
        Post moved = new Post(evil.source(), evil.title(), evil.date(), evil.updated(), evil.tags(), evil.categories(),
                evil.abbrlink(), evil.layout(), evil.draft(), evil.lang(), evil.comments(), evil.excerpt(),
                evil.slug(), "../evil.html", evil.body(), evil.frontMatter());
        assertThrows(IOException.class,
                () -> build(TestSites.site(base, TestSites.config(Map.of()), List.of(moved), List.of())));
        assertFalse(Files.exists(out.getParent().resolve("evil.html")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e/evil.html", "..%2fevil.html", "%252e%252e/evil.html", "..\\evil.html",
        "posts/%2e%2e/%2e%2e/evil.html"})
    @DisplayName("an encoded path that would leave the output directory fails the build, writing nothing outside")
    void encodedEscapingPathRefused(String path) {
        Post evil = TestSites.post("a", TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(), "x");
        Post moved = new Post(evil.source(), evil.title(), evil.date(), evil.updated(), evil.tags(), evil.categories(),
                evil.abbrlink(), evil.layout(), evil.draft(), evil.lang(), evil.comments(), evil.excerpt(),
                evil.slug(), path, evil.body(), evil.frontMatter());
        IOException e = assertThrows(IOException.class,
                () -> build(TestSites.site(base, TestSites.config(Map.of()), List.of(moved), List.of())));
        assertTrue(e.getMessage().contains("refusing to write '" + path + "'"), e.getMessage());
        assertFalse(Files.exists(out.getParent().resolve("evil.html")));
        assertFalse(Files.exists(out.resolve("index.html")), "the failed build published nothing");
    }

    @Test
    @DisplayName("feed.limit caps the feeds; drafts are left out of feeds and the sitemap")
    void feedLimit() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            posts.add(TestSites.post("p" + i, TestSites.date(2020, 1, i), List.of(), List.of(), Map.of(), "x"));
        }
        build(TestSites.site(base, TestSites.config(Map.of("feed", Map.of("limit", 2))), posts, List.of()));
        String atom = read("atom.xml");
        assertEquals(2, atom.split("<entry>", -1).length - 1);
        assertTrue(atom.contains("/2020/01/05/p5/") && atom.contains("/2020/01/04/p4/"));
        assertEquals(2, read("rss2.xml").split("<item>", -1).length - 1);
    }

    @Test
    @DisplayName("feed.type and feed.path keep a blog's feed URLs: type rss2, path rss.xml")
    void feedPaths() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(), "Hi.");
        Map<String, Object> config = Map.of("feed", Map.of("type", "rss2", "path", "rss.xml"),
                "sitemap", Map.of("path", "map.xml"));
        build(TestSites.site(base, TestSites.config(config), List.of(post), List.of()));
        assertTrue(read("rss.xml").contains("<atom:link href=\"https://example.com/rss.xml\""));
        assertTrue(Files.isRegularFile(out.resolve("atom.xml")));
        assertFalse(Files.exists(out.resolve("rss2.xml")));
        assertTrue(read("map.xml").contains("<urlset"));
        assertTrue(read("index.html").contains("type=\"application/rss+xml\" title=\"Test\" href=\"/rss.xml\""));
    }

    @Test
    @DisplayName("a page at a post's path loses to the post: the post's page is written, and the clash is a warning")
    void pageAtAPostsPathLoses() throws Exception {
        Post post = TestSites.post("hello", TestSites.date(2020, 1, 1), List.of(), List.of(), Map.of(),
                "From the post.");
        Page page = TestSites.page("2020/01/01/hello/index.html", "Clash", "page", Map.of(), "From the page.");
        SiteBuild.Outcome outcome = build(TestSites.site(base, TestSites.config(Map.of()), List.of(post),
                List.of(page)));

        String written = read("2020/01/01/hello/index.html");
        assertTrue(written.contains("From the post."), written);
        assertFalse(written.contains("From the page."), written);
        assertEquals(1, outcome.pages().get(PageKind.POST));
        assertEquals(null, outcome.pages().get(PageKind.PAGE));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("2020/01/01/hello/index.html: source/_posts/hello.md"
                + " replaces source/2020/01/01/hello/index.md")), warnings.toString());
    }

    @Test
    @DisplayName("a syntax error in a site template is one problem with its file, line and column")
    void syntaxError() throws Exception {
        Path layouts = Files.createDirectories(base.resolve("themes/t/layout"));
        Files.writeString(layouts.resolve("page.ftlh"), "<p>\n<#if page.title>\n");
        Page a = TestSites.page("a.html", "A", "page", Map.of(), "x");
        Page b = TestSites.page("b.html", "B", "page", Map.of(), "x");
        GenerateException e = assertThrows(GenerateException.class,
                () -> build(TestSites.site(base, TestSites.config(Map.of("theme", "t")), List.of(), List.of(a, b))));
        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals("themes/t/layout/page.ftlh", problem.path());
        assertTrue(problem.line() >= 2, e.getMessage());
        assertTrue(problem.message().contains("#if"), problem.message());
        assertTrue(problem.message().contains("a.html and 1 more page"), problem.message());
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    private static Post withLayout(Post p, String layout) {
        return new Post(p.source(), p.title(), p.date(), p.updated(), p.tags(), p.categories(), p.abbrlink(), layout,
                p.draft(), p.lang(), p.comments(), p.excerpt(), p.slug(), p.path(), p.body(), p.frontMatter());
    }

    @Test
    @DisplayName("posts whose bodies can no longer be read fail the build, each a problem at its file")
    void unreadableBodies() {
        List<Post> posts = new ArrayList<>();
        for (String slug : List.of("a", "b", "c")) {
            Post p = TestSites.post(slug, TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(), "x");
            Body body = slug.equals("b") ? p.body() : new Body() {
                @Override
                public int line() {
                    return 5;
                }

                @Override
                public int length() {
                    return 1;
                }

                @Override
                public String text() throws ContentException {
                    throw new ContentException(List.of(new ContentProblem(p.source().relativePath(), 0, 0, null,
                            "changed while the site was being built", "build again")));
                }
            };
            posts.add(new Post(p.source(), p.title(), p.date(), p.updated(), p.tags(), p.categories(), p.abbrlink(),
                    p.layout(), p.draft(), p.lang(), p.comments(), p.excerpt(), p.slug(), p.path(), body,
                    p.frontMatter()));
        }
        GenerateException e = assertThrows(GenerateException.class,
                () -> build(TestSites.site(base, TestSites.config(Map.of()), posts, List.of())));
        assertEquals(List.of("source/_posts/a.md: changed while the site was being built (hint: build again)",
                "source/_posts/c.md: changed while the site was being built (hint: build again)"),
                e.problems().stream().map(ContentProblem::toString).toList());
        assertFalse(Files.exists(out.resolve("index.html")), "the failed build published nothing");
    }

    @Test
    @DisplayName("index_generator.path moves the post list; the home link follows it unless a page is at the root")
    void indexPath() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(), "Hi.");
        Map<String, Object> config = Map.of("index_generator", Map.of("path", "home"));
        build(TestSites.site(base, TestSites.config(config), List.of(post), List.of()));
        assertTrue(Files.isRegularFile(out.resolve("home/index.html")));
        assertFalse(Files.exists(out.resolve("index.html")));
        assertTrue(read("2020/05/01/a/index.html").contains("class=\"site-title\" href=\"/home/\""),
                "nothing at the root, so the home link goes to the list");

        Page landing = TestSites.page("index.html", "Welcome", "page", Map.of(), "Hello.");
        build(TestSites.site(base, TestSites.config(config), List.of(post), List.of(landing)));
        assertTrue(read("home/index.html").contains("class=\"site-title\" href=\"/\""), "the landing page");
    }
    @Test
    @DisplayName("external_link: every external link of a page by default, only the content's with field: post")
    void externalLinks() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of(), List.of(), Map.of(),
                "See <a href=\"https://example.org/x\">this</a> and <a href=\"/about/\">that</a>.");
        Page about = TestSites.page("about/index.html", "About", "page", Map.of(), "Me.");
        Path layouts = Files.createDirectories(base.resolve("themes/t/layout"));
        Files.writeString(layouts.resolve("post.ftlh"),
                "<a href=\"https://theme.example/\">theme</a> ${post.content}");
        build(TestSites.site(base, TestSites.config(Map.of("theme", "t")), List.of(post), List.of(about)));
        String html = read("2020/05/01/a/index.html");
        assertTrue(html.contains("<a target=\"_blank\" rel=\"noopener\" href=\"https://example.org/x\">"), html);
        assertTrue(html.contains("<a href=\"/about/\">"), "internal links stay");
        assertTrue(html.contains("<a target=\"_blank\" rel=\"noopener\" href=\"https://theme.example/\">"),
                "the theme's too");

        build(TestSites.site(base, TestSites.config(Map.of("theme", "t", "external_link", Map.of("field", "post"))),
                List.of(post), List.of(about)));
        html = read("2020/05/01/a/index.html");
        assertTrue(html.contains("<a target=\"_blank\" rel=\"noopener\" href=\"https://example.org/x\">"), html);
        assertTrue(html.contains("<a href=\"https://theme.example/\">"), "not the theme's");
        assertTrue(read("atom.xml").contains("target=&quot;_blank&quot;"), "the content is the same in the feed");

        build(TestSites.site(base, TestSites.config(Map.of("theme", "t", "external_link", false)), List.of(post),
                List.of(about)));
        assertFalse(read("2020/05/01/a/index.html").contains("_blank"));
    }

    @Test
    @DisplayName("relative_link: every page's links are relative to it, but 404.html's, and none is broken")
    void relativeLinks() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1), List.of("Java"), List.of(), Map.of(),
                "To <a href=\"/about/\">me</a>.");
        Page about = TestSites.page("about/index.html", "About", "page", Map.of(), "Me.");
        build(TestSites.site(base, TestSites.config(Map.of("relative_link", true)), List.of(post), List.of(about)));
        String html = read("2020/05/01/a/index.html");
        assertTrue(html.contains("href=\"../../../../css/style.css\""), html);
        assertTrue(html.contains("<a href=\"../../../../about/\">me</a>"), "content links too");
        assertTrue(html.contains("href=\"../../../../tags/java/\""), "the theme's");
        assertTrue(read("index.html").contains("href=\"2020/05/01/a/\""), read("index.html"));
        assertTrue(read("404.html").contains("href=\"/css/style.css\""), "404.html is served at any path");
        assertTrue(read("atom.xml").contains("https://example.com/2020/05/01/a/"), "feeds stay absolute");
    }
    @Test
    @DisplayName("date_format and time_format reach templates, and the built-in theme shows them")
    void dateAndTimeFormats() throws Exception {
        Post post = TestSites.post("a", TestSites.date(2020, 5, 1).withHour(21).withMinute(5), List.of(), List.of(),
                Map.of(), "Hi.");
        build(TestSites.site(base, TestSites.config(Map.of("date_format", "YYYY年M月D日", "time_format", "HH:mm")),
                List.of(post), List.of()));
        String html = read("2020/05/01/a/index.html");
        assertTrue(html.contains("title=\"2020年5月1日 21:05\">2020年5月1日</time>"), html);
        assertTrue(read("index.html").contains(">2020年5月1日</time>"), "on list pages too");
    }
}
