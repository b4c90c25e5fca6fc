package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every internal link and image of every page is checked against the files the build writes. A broken one in
 * Markdown is reported at its file, line and column; one a template writes, at the template and page.
 */
@DisplayName("Broken internal links and missing images are found")
class BrokenLinkTest {
    /** The front matter {@link TestBlog#post} writes takes four lines: the body starts on line 5. */
    private static final int BODY = 5;

    @TempDir
    Path dir;

    private TestBlog blog() {
        return TestBlog.in(dir);
    }

    private static ContentProblem only(GenerateException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    @DisplayName("a missing image fails the build at its file, line and column, and nothing is written")
    void missingImage() {
        TestBlog blog = blog().post("a.md", "A", "Intro.\n\nSee ![x](missing.png) here.\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals("source/_posts/a.md", problem.path());
        assertEquals(BODY + 2, problem.line());
        assertEquals(5, problem.column());
        assertEquals("broken link to missing.png (no such file in the output: /missing.png)", problem.message());
        assertTrue(problem.hint().contains("source/"), problem.hint());
        assertFalse(Files.exists(blog.output.resolve("index.html")), "a failed build wrote the site");
    }

    @Test
    @DisplayName("a link to a missing page is found in lists, tables, quotes and reference definitions")
    void missingPagesEverywhere() {
        TestBlog blog = blog().post("a.md", "A", "- see [a](/nowhere/)\n\n| x |\n|---|\n| [b](/gone.html) |\n\n"
                + "> [c][ref]\n\n[ref]: /lost.html\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        List<ContentProblem> problems = e.problems();
        assertEquals(3, problems.size(), e.getMessage());
        assertEquals(BODY, problems.get(0).line());
        assertEquals(7, problems.get(0).column());
        assertTrue(problems.get(0).message().startsWith("broken link to /nowhere/ "), e.getMessage());
        assertEquals(BODY + 4, problems.get(1).line());
        assertTrue(problems.get(1).message().startsWith("broken link to /gone.html "), e.getMessage());
        assertEquals(BODY + 6, problems.get(2).line());
        assertTrue(problems.get(2).message().contains("/lost.html"), e.getMessage());
    }

    @Test
    @DisplayName("each use of a broken URL is reported, not only the first")
    void everyUse() {
        TestBlog blog = blog().post("a.md", "A",
                "![](/gone.png)\n\ntext ![again](/gone.png) [ref][g]\n\n[g]: /gone.png\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(List.of("5:1", "7:6", "7:26"),
                e.problems().stream().map(p -> p.line() + ":" + p.column()).toList(), e.getMessage());
    }

    @Test
    @DisplayName("every broken link of every post is listed, sorted by file and line, with the count")
    void allProblemsSorted() {
        TestBlog blog = blog()
                .post("c.md", "C", "![](/c.png)\n")
                .post("a.md", "A", "ok\n\n![](/a2.png)\n\n![](/a1.png)\n")
                .post("b.md", "B", "[b](/b/)\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(List.of("source/_posts/a.md:7:1", "source/_posts/a.md:9:1", "source/_posts/b.md:5:1",
                "source/_posts/c.md:5:1"), e.problems().stream()
                        .map(p -> p.path() + ":" + p.line() + ":" + p.column()).toList());
        assertTrue(e.getMessage().startsWith("4 errors:"), e.getMessage());
    }

    @Test
    @DisplayName("with failOnBrokenLinks false each broken link is a warning with file and line, and the site is built")
    void warningsWhenNotFailing() throws Exception {
        TestBlog blog = blog().post("a.md", "A", "![x](missing.png)\n");
        blog.build(GenerateRequest.of(blog.base, blog.output).withFailOnBrokenLinks(false));
        assertEquals(List.of("source/_posts/a.md:5:1: broken link to missing.png (no such file in the output: "
                + "/missing.png) (hint: check the path; files under source/ are published at the same path, a post's"
                + " asset folder beside it)"), blog.warnings);
        assertTrue(Files.isRegularFile(blog.output.resolve("2020/01/01/a/index.html")));
    }

    @Test
    @DisplayName("a directory URL means its index.html; /about and pretty URLs without .html are found too")
    void directoriesAndPrettyUrls() throws Exception {
        TestBlog blog = blog()
                .file("source/about/index.md", "---\ntitle: About\n---\nMe.\n")
                .file("source/docs/guide.html", "<p>guide</p>\n")
                .post("a.md", "A", "[a](/about/) [b](/about) [c](/about/index.html) [d](/tags/) [e](/docs/guide)"
                        + " [f](/) [g](/archives/)\n");
        blog.build();
    }

    @Test
    @DisplayName("percent-escapes are decoded, and ?query and #fragment dropped, before a URL is looked up")
    void decodedAndStripped() throws Exception {
        TestBlog blog = blog()
                .file("source/images/a b 中.png", "png")
                .post("a.md", "A", "![1](/images/a%20b%20%E4%B8%AD.png) ![2](</images/a b 中.png>)"
                        + " [3](/images/a%20b%20中.png?v=2#top) [4](/?page=2)\n");
        blog.build();
    }

    @Test
    @DisplayName("external, protocol-relative, mailto:, tel: and same-page #fragment links are not checked")
    void externalLinksIgnored() throws Exception {
        TestBlog blog = blog().post("a.md", "A", "[a](https://nowhere.invalid/x.png) [b](//cdn.invalid/x.js)"
                + " <mailto:a@example.com> [c](tel:123) [d](#top) [e](?x=1) www.example.com\n\n"
                + "<a href=\"https://nowhere.invalid/\">f</a>\n");
        blog.build();
    }

    @Test
    @DisplayName("a relative image resolves in the post's asset folder first, as on the post page")
    void assetFolder() throws Exception {
        TestBlog blog = blog().config("post_asset_folder: true")
                .file("source/_posts/a/pic.png", "png")
                .post("a.md", "A", "![](pic.png)\n\n![](nope.png)\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals(BODY + 2, problem.line());
        assertTrue(problem.message().startsWith("broken link to nope.png "), problem.message());
    }

    @Test
    @DisplayName("under a root of /blog/, links are checked below it")
    void underRoot() {
        TestBlog blog = blog().config("root: /blog/")
                .file("source/images/ok.png", "png")
                .post("a.md", "A", "![](/images/ok.png) ![](/blog/images/ok.png) ![](/images/missing.png)\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals(
                "broken link to /images/missing.png (no such file in the output: /blog/images/missing.png)",
                problem.message());
    }

    @Test
    @DisplayName("raw HTML <img src> and <a href> in a post are checked at their line and column")
    void rawHtml() {
        TestBlog blog = blog().post("a.md", "A", "Text.\n\n<figure>\n  <img src=\"/gone.png\">\n</figure>\n\n"
                + "Inline <a href='/away.html'>here</a>.\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(2, e.problems().size(), e.getMessage());
        ContentProblem img = e.problems().get(0);
        assertEquals(BODY + 3, img.line());
        assertEquals(13, img.column());
        assertEquals("broken link to /gone.png (no such file in the output)", img.message());
        assertEquals(BODY + 6, e.problems().get(1).line());
    }

    @Test
    @DisplayName("what only looks like a link, in code blocks and inline code, is not checked")
    void codeIsNotALink() throws Exception {
        TestBlog blog = blog().post("a.md", "A", "```\n![x](missing.png)\n<img src=\"/gone.png\">\n```\n\n"
                + "Use `<a href=\"/nowhere\">` or `![](x.png)`.\n\n    [indented](/lost/)\n");
        blog.build();
    }

    @Test
    @DisplayName("a broken link in a page (source/about/index.md) names the page's file")
    void pagesToo() {
        TestBlog blog = blog().file("source/about/index.md", "---\ntitle: About\n---\n\n[cv](cv.pdf)\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals("source/about/index.md", problem.path());
        assertEquals(5, problem.line());
        assertEquals("broken link to cv.pdf (no such file in the output: /cv.pdf)", problem.message(),
                "a path found neither beside the page nor in an asset folder is taken from the root, as Hexo does");
    }

    @Test
    @DisplayName("a broken image in an excerpt is reported once, at its line, not again for each list page")
    void excerptNotReportedTwice() {
        TestBlog blog = blog().post("a.md", "A",
                "![](/gone.png)\n\n<img src=\"gone-too.png\">\n\n<!-- more -->\n\nRest.\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals("source/_posts/a.md", e.problems().get(1).path());
    }

    @Test
    @DisplayName("a broken link a theme template writes names the template and the pages, once for all of them")
    void templateLinks() {
        TestBlog blog = blog().post("a.md", "A", "a\n").post("b.md", "B", "b\n").post("c.md", "C", "c\n")
                .layout("post.ftlh",
                        "<h1>${post.title}</h1><a href=\"/nowhere.html\">x</a><a href=\"${site.home}\">home</a>\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals("themes/evil/layout/post.ftlh", problem.path());
        assertEquals(0, problem.line());
        assertEquals("broken link to /nowhere.html (no such file in the output) on 2020/01/01/a/index.html and 2"
                + " more pages", problem.message());
        assertTrue(problem.hint().contains("template"), problem.hint());
    }

    @Test
    @DisplayName("relative URLs in a template resolve against the page's own folder, as a browser does")
    void relativeTemplateLinks() {
        TestBlog blog = blog().post("a.md", "A", "a\n")
                .layout("post.ftlh", "<link href=\"../../../../css/style.css\"><img src=\"logo.png\">\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals("broken link to logo.png (no such file in the output) on 2020/01/01/a/index.html",
                problem.message());
    }

    @Test
    @DisplayName("a menu entry of _config.yml that leads nowhere is one problem, not one per page")
    void brokenMenuOnce() {
        TestBlog blog = blog().config("menu:\n  Home: /\n  About: /about/").post("a.md", "A", "a\n");
        ContentProblem problem = only(assertThrows(GenerateException.class, blog::build));
        assertEquals("<built-in theme>/layout/post.ftlh", problem.path(), "the template of the first page");
        assertTrue(problem.message().startsWith("broken link to /about/ (no such file in the output) on "
                + "2020/01/01/a/index.html and "), problem.message());
        assertTrue(problem.message().endsWith("templates"), problem.message());
    }

    @Test
    @DisplayName("the built-in theme links only to files the build writes, on every kind of page")
    void builtInThemeHasNoBrokenLinks() throws Exception {
        TestBlog blog = blog().config("per_page: 1\nmenu:\n  Home: /\n  Archives: /archives/\n  About: /about/")
                .file("source/about/index.md", "---\ntitle: About\nauthor: Me\nauthorAbout: /about/\n---\nMe.\n")
                .file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01 00:00:00\ntags: [中文, 'a b']\n"
                        + "categories: [[x, y]]\n---\nA.\n<!-- more -->\nmore\n")
                .file("source/_posts/b.md", "---\ntitle: B\ndate: 2021-02-02 00:00:00\ntags: [中文]\n---\nB.\n");
        blog.build();
        assertTrue(Files.isRegularFile(blog.output.resolve("page/2/index.html")));
        assertTrue(blog.warnings.isEmpty(), blog.warnings.toString());
    }
}
