package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of {@code markdown/tags.spec.md}: Markdown with Hexo tag plugins or math in, HTML out. The
 * page, its asset folder and the other post are the ones the spec's introduction describes.
 */
class TagSpecTest {
    private static final String SPEC = "/markdown/tags.spec.md";
    static final Set<String> OUTPUT = Set.of("hello/a.png", "hello/spaced name.jpg", "other/index.html",
            "images/a.png");
    static final PostIndex POSTS = new PostIndex(List.of(
            new PostIndex.Entry("other", "Other <Post> & \"quotes\"", "/blog/other/")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(SpecExamples example) {
        assertEquals(example.html(), render(example.markdown(), example.options()).html());
    }

    @Test
    void specHasExamplesOfEveryTag() {
        String all = examples().map(SpecExamples::markdown).reduce("", String::concat);
        for (String tag : List.of("post_link", "post_path", "asset_img", "asset_link", "asset_path", "{% img",
                "{% link", "codeblock", "{% code ", "blockquote", "pullquote", "raw", "iframe", "youtube", "vimeo")) {
            assertTrue(all.contains(tag), "no example uses " + tag);
        }
    }

    static RenderedMarkdown render(String markdown, String options) {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, 200));
        LinkContext links = new LinkContext("/blog/", "hello/", "hello/", OUTPUT::contains,
                options.contains("feed") ? "https://example.com/blog" : null);
        BodyContext body = new BodyContext(POSTS, !options.contains("notags"), options.contains("math"));
        return renderer.render(new MarkdownSource(markdown, "source/_posts/hello.md", 1, links, body));
    }

    static Stream<SpecExamples> examples() {
        return SpecExamples.read(SPEC).stream();
    }
}
