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
 * Hexo tag plugins in whole builds: where problems are reported, what the broken-link check sees, and that tag
 * links work on the post page, on list pages and in feeds. The HTML of each tag is specified in
 * {@code markdown/tags.spec.md}.
 */
@DisplayName("Tag plugins in a site build")
class TagPluginSiteTest {
    /** The front matter {@link TestBlog#post} writes takes four lines: the body starts on line 5. */
    private static final int BODY = 5;

    @TempDir
    Path dir;

    private TestBlog blog() {
        return TestBlog.in(dir);
    }

    @Test
    @DisplayName("a post_link to no post fails the build at its file, line and column, and nothing is written")
    void postLinkToNoPost() {
        TestBlog blog = blog().post("a.md", "A", "Intro.\n\nSee {% post_link nowhere %} too.\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals("source/_posts/a.md", problem.path());
        assertEquals(BODY + 2, problem.line());
        assertEquals(5, problem.column());
        assertEquals("{% post_link nowhere %}: no post has the slug or title 'nowhere'", problem.message());
        assertTrue(problem.hint().contains("source/_posts"), problem.hint());
        assertFalse(Files.exists(blog.output.resolve("index.html")), "a failed build wrote the site");
    }

    @Test
    @DisplayName("a post_link to no post and a broken template are both reported by one build")
    void contentAndTemplateErrorsTogether() {
        TestBlog blog = blog().post("a.md", "A", "See {% post_link nowhere %}.\n")
                .layout("index.ftlh", "<p>${page.noSuchThing}</p>");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals("source/_posts/a.md", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("{% post_link nowhere %}"), e.getMessage());
        assertEquals("themes/evil/layout/index.ftlh", e.problems().get(1).path());
        assertTrue(e.problems().get(1).message().contains("noSuchThing"), e.getMessage());
        assertFalse(Files.exists(blog.output.resolve("index.html")), "a failed build wrote the site");
    }

    @Test
    @DisplayName("an unknown tag stays visible as text and warns with file and line")
    void unknownTag() throws Exception {
        TestBlog blog = blog().post("a.md", "A", "Intro.\n\n{% note info %}\nA *theme's* note.\n{% endnote %}\n"
                + "\nAnd {% pdf /files/a<b>.pdf %} inline.\n");
        blog.build();
        String page = blog.read("2020/01/01/a/index.html");
        assertTrue(page.contains("<p>{% note info %}</p>"), page);
        assertTrue(page.contains("<em>theme's</em>"), page);
        assertTrue(page.contains("<p>{% endnote %}</p>"), page);
        assertTrue(page.contains("And {% pdf /files/a&lt;b&gt;.pdf %} inline."), page);
        assertEquals(2, blog.warnings.size(), blog.warnings.toString());
        assertTrue(blog.warnings.get(0).startsWith("source/_posts/a.md:" + (BODY + 2) + ":1: unknown tag "
                + "{% note info %}, left in the page as text"), blog.warnings.get(0));
        assertTrue(blog.warnings.get(1).startsWith("source/_posts/a.md:" + (BODY + 6) + ":5: unknown tag {% pdf"),
                blog.warnings.get(1));
    }

    @Test
    @DisplayName("disableNunjucks: true leaves the tags of that post as text, without warnings")
    void disableNunjucks() throws Exception {
        TestBlog blog = blog().file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01 00:00:00\n"
                + "disableNunjucks: true\n---\n{% post_link nowhere %} and {% note %} and {{ x }}\n");
        blog.build();
        assertTrue(blog.read("2020/01/01/a/index.html")
                .contains("<p>{% post_link nowhere %} and {% note %} and {{ x }}</p>"));
        assertEquals(List.of(), blog.warnings);
    }

    @Test
    @DisplayName("links a tag writes are checked like Markdown links, and reported at the tag")
    void tagLinksAreChecked() {
        TestBlog blog = blog().post("a.md", "A", "Intro.\n\nA map: {% img /images/missing.png %}\n\n"
                + "{% blockquote %}\nQuoted [link](/gone.html).\n{% endblockquote %}\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(2, e.problems().size(), e.getMessage());
        ContentProblem image = e.problems().get(0);
        assertEquals(BODY + 2, image.line());
        assertEquals(8, image.column());
        assertEquals("broken link to {% img /images/missing.png %} (no such file in the output: "
                + "/images/missing.png)", image.message());
        ContentProblem quoted = e.problems().get(1);
        assertEquals(BODY + 5, quoted.line(), e.getMessage());
        assertTrue(quoted.message().startsWith("broken link to /gone.html"), quoted.message());
    }

    @Test
    @DisplayName("Markdown links keep their lines and columns after tags that span lines or shorten a line")
    void linesAfterTags() {
        TestBlog blog = blog().post("a.md", "A", "{% codeblock %}\none\ntwo\n{% endcodeblock %}\n\n"
                + "Text {% raw %}<span>{% endraw %} ![x](gone.png)\n");
        GenerateException e = assertThrows(GenerateException.class, blog::build);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(BODY + 5, e.problems().get(0).line(), e.getMessage());
        assertEquals(34, e.problems().get(0).column(), e.getMessage());
    }

    @Test
    @DisplayName("tag links work on the post page, in excerpts on list pages and, absolute, in feeds")
    void tagLinksWorkEverywhere() throws Exception {
        TestBlog blog = blog().config("post_asset_folder: true")
                .post("a.md", "Alpha", "See {% post_link b %}.\n\n{% asset_img pic.png A picture %}\n\n"
                        + "<!-- more -->\n\nMore.\n")
                .file("source/_posts/a/pic.png", "png")
                .post("b.md", "Beta & more", "Linked to.\n");
        blog.build();
        String link = "<a href=\"/2020/01/01/b/\" title=\"Beta &amp; more\">Beta &amp; more</a>";
        String image = "<img src=\"/2020/01/01/a/pic.png\" class=\"\" title=\"A picture\">";
        String page = blog.read("2020/01/01/a/index.html");
        assertTrue(page.contains(link) && page.contains(image), page);
        String home = blog.read("index.html");
        assertTrue(home.contains(link) && home.contains(image), home);
        String feed = blog.read("atom.xml");
        assertTrue(feed.contains("https://example.com/2020/01/01/a/pic.png"), feed);
        assertTrue(feed.contains("https://example.com/2020/01/01/b/"), feed);
        assertEquals(List.of(), blog.warnings);
    }

    @Test
    @DisplayName("pages run tags too")
    void pages() throws Exception {
        TestBlog blog = blog().post("b.md", "Beta", "Linked to.\n")
                .file("source/about/index.md", "---\ntitle: About\n---\nStart with {% post_link b %}.\n");
        blog.build();
        assertTrue(blog.read("about/index.html").contains("Start with <a href=\"/2020/01/01/b/\" title=\"Beta\">"));
    }

    @Test
    @DisplayName("math: true in _config.yml makes $...$ math; a post's math: false turns it off")
    void math() throws Exception {
        TestBlog blog = blog().config("math: true")
                .post("a.md", "A", "Let $a_1 * b_2$ be, for $5 and $10.\n")
                .file("source/_posts/b.md", "---\ntitle: B\ndate: 2020-01-02 00:00:00\nmath: false\n---\n"
                        + "Plain $a_1 * b_2$.\n");
        blog.build();
        assertTrue(blog.read("2020/01/01/a/index.html").contains(
                "<p>Let <span class=\"math inline\">\\(a_1 * b_2\\)</span> be, for $5 and $10.</p>"));
        assertTrue(blog.read("2020/01/02/b/index.html").contains("<p>Plain $a_1 * b_2$.</p>"));
    }

    @Test
    @DisplayName("math: true in a post's front matter makes its $...$ math")
    void mathPerPost() throws Exception {
        TestBlog blog = blog().file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01 00:00:00\nmath: true\n"
                + "---\n$$\nx_1 * y_2\n$$\n");
        blog.build();
        assertTrue(blog.read("2020/01/01/a/index.html")
                .contains("<div class=\"math display\">\\[\nx_1 * y_2\n\\]</div>"));
    }

    @Test
    @DisplayName("the theme loads math_renderer_url only on pages that show math, and nothing without it")
    void mathHook() throws Exception {
        TestBlog blog = blog().config("math: true\nmath_renderer_url: /js/mathjax.js\n"
                        + "math_stylesheet_url: https://cdn.example.org/katex.css")
                .file("source/js/mathjax.js", "// a local copy")
                .post("a.md", "A", "Let $x_1$ be.\n")
                .file("source/_posts/b.md", "---\ntitle: B\ndate: 2020-01-02 00:00:00\n---\nNo math here.\n");
        blog.build();
        String script = "<script defer src=\"/js/mathjax.js\"></script>";
        String style = "<link rel=\"stylesheet\" href=\"https://cdn.example.org/katex.css\">";
        String withMath = blog.read("2020/01/01/a/index.html");
        assertTrue(withMath.contains(script) && withMath.contains(style), withMath);
        assertFalse(blog.read("2020/01/02/b/index.html").contains(script));
        assertTrue(blog.read("index.html").contains(script), "the home page shows the excerpt with math");
        assertFalse(blog.read("tags/index.html").contains(script));

        TestBlog plain = TestBlog.in(dir.resolve("plain")).config("math: true").post("a.md", "A", "Let $x_1$ be.\n");
        plain.build();
        assertFalse(plain.read("2020/01/01/a/index.html").contains("<script defer"), "no renderer without the hook");
    }
}
