package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the tag pass reports besides HTML: the links of tags and where they are, warnings and errors, and that no
 * input makes it slow or deep. The HTML itself is specified in {@code markdown/tags.spec.md}.
 */
class TagPluginsTest {
    private static RenderedMarkdown render(String markdown) {
        return TagSpecTest.render(markdown, "");
    }

    private static List<String> linkPlaces(RenderedMarkdown rendered) {
        return rendered.links().stream().map(use -> use.line() + ":" + use.column() + " " + use.url()).toList();
    }

    @Test
    @DisplayName("tag links are recorded once, at the tag, with the URL the page has")
    void tagLinks() {
        RenderedMarkdown rendered = render("Intro {% post_link other %}\n\n{% asset_img x a.png %}\n\n"
                + "<img src=\"{% asset_path a.png %}\" alt=\"\"> and ![y]({% asset_path a.png %})\n");
        assertEquals(List.of("1:7 /blog/other/", "3:1 /blog/hello/a.png", "5:11 /blog/hello/a.png",
                "5:47 /blog/hello/a.png"), linkPlaces(rendered));
        assertEquals("{% post_link other %}", rendered.links().get(0).written());
    }

    @Test
    @DisplayName("links in a tag's Markdown body are at their lines in the file")
    void bodyLinks() {
        RenderedMarkdown rendered = render("Text.\n\n{% blockquote Someone https://example.org/source %}\n"
                + "first\n\n[second](/b.html)\n{% endblockquote %}\n");
        assertEquals(List.of("3:1 https://example.org/source", "6:1 /blog/b.html"), linkPlaces(rendered));
    }

    @Test
    @DisplayName("a post_link to no post is an error, at its line and column")
    void missingPost() {
        RenderedMarkdown rendered = render("One.\n\nTwo {% post_link nowhere Some title %}.\n");
        assertEquals(1, rendered.errors().size());
        ContentProblem error = rendered.errors().get(0);
        assertEquals(3, error.line());
        assertEquals(5, error.column());
        assertEquals("{% post_link nowhere Some title %}: no post has the slug or title 'nowhere'", error.message());
        assertEquals(List.of(), rendered.warnings());
    }

    @Test
    @DisplayName("a missing asset or post path writes nothing and warns; an unknown end tag warns once")
    void warnings() {
        RenderedMarkdown rendered = render("{% asset_link nope.png %} {% post_path nope %}\n\n{% note %}\nx\n"
                + "{% endnote %}\n");
        assertEquals(List.of("1:1", "1:27", "3:1"), rendered.warnings().stream()
                .map(problem -> problem.line() + ":" + problem.column()).toList(), rendered.warnings().toString());
        assertEquals(List.of(), rendered.errors());
    }

    @Test
    @DisplayName("tags in code are not run, so they neither warn nor fail")
    void tagsInCodeAreText() {
        RenderedMarkdown rendered = render("`{% post_link nowhere %}`\n\n    {% note %}\n\n```\n{% note %}\n```\n");
        assertEquals(List.of(), rendered.warnings());
        assertEquals(List.of(), rendered.errors());
    }

    @Test
    @DisplayName("a block tag's body ends at the first end tag of its name, as in Hexo, so bodies nest shallowly")
    void bodiesEndAtTheFirstEndTag() {
        String markdown = "{% blockquote %}\n".repeat(3) + "deep\n" + "{% endblockquote %}\n".repeat(3);
        RenderedMarkdown rendered = render(markdown);
        assertEquals(List.of(2, 3, 6, 7), rendered.warnings().stream().map(ContentProblem::line).toList(),
                rendered.warnings().toString());
        assertEquals("{% endblockquote %} closes no {% blockquote %}, so it is left in the page as text",
                rendered.warnings().get(3).message());
        assertTrue(rendered.html().startsWith("<blockquote><p>{% blockquote %}</p>"), rendered.html());
    }

    @Test
    @DisplayName("stray tag syntax in bulk costs linear time")
    void hostileInput() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            render("{% ".repeat(50_000));
            render("{% raw %} ".repeat(20_000));
            render("{% codeblock \"".repeat(20_000));
            render("```\n".repeat(20_000) + "~~~ x\n".repeat(20_000));
            render("{{ ".repeat(50_000));
            // flexmark's own code-span parsing is what is slow on this one; the tag scan alone must not be
            TagScanner.scan("`` `{% raw %}".repeat(20_000), TagPlugins.HEXO.blockNames());
        });
    }

    @Test
    @DisplayName("Hexo's trimBody: common indentation, one leading and one trailing newline")
    void trimBody() {
        assertEquals("a\n  b", TagPass.trimBody("\n    a\n      b\n"));
        assertEquals("\na\n", TagPass.trimBody("\n\na\n\n"));
        assertEquals("x", TagPass.trimBody("x"));
    }

    @Test
    @DisplayName("arguments split as Nunjucks splits them")
    void arguments() {
        assertEquals(List.of("spaced name.jpg", "A \"title\"", "lang:python", "it's"),
                TagArguments.split(" \"spaced name.jpg\"  'A \"title\"' lang:python it's "));
        assertEquals(List.of("a\tb"), TagArguments.split("\"a\\tb\""));
    }

    @Test
    @DisplayName("hexo-util's escapeHTML and encodeURL")
    void hexoUtil() {
        assertEquals("&lt;a href&#x3D;&quot;x&#x2F;y&quot;&gt; &amp; &amp; &#39;&#96;", HexoHtml.escape(
                "<a href=\"x/y\"> & &amp; '`"));
        assertEquals("/a%20b/%E5%9B%BE.png", HexoHtml.encodeUrl("/a b/图.png"));
        assertEquals("/a%20b", HexoHtml.encodeUrl("/a%20b"));
        assertEquals("https://hexo.io/", HexoHtml.encodeUrl("https://hexo.io"));
        assertEquals("https://example.org/x%20y?q=a+b&r=1", HexoHtml.encodeUrl("https://example.org/x y?q=a b&r=1"));
        assertEquals("mailto:a@b.c", HexoHtml.encodeUrl("mailto:a@b.c"));
    }
}
