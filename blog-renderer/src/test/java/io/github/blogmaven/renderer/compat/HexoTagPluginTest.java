package io.github.blogmaven.renderer.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.Asset;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.internal.build.Parallel;
import io.github.blogmaven.renderer.internal.content.ContentRenderer;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.markdown.MarkdownOptions;
import io.github.blogmaven.renderer.internal.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the posts of the Hexo fixtures that use tag plugins and compares their HTML with the HTML real Hexo
 * produced for them ({@code html} in {@code reference.json}). Runs in the default build: it needs no Node.
 *
 * <p>Three differences are normalised before comparing, each on purpose: highlight.js's token spans inside
 * {@code codeblock} lines (we write the same lines uncoloured), Hexo's {@code &#123;}/{@code &#125;} for braces in
 * code (the same text on the page), and the whitespace between tags. One difference is replaced explicitly: a
 * relative Markdown image, which we resolve so it works on list pages too (HexoDifferentialTest's
 * {@code imagesWorkEverywhere}).
 */
@DisplayName("Tag plugins render the HTML Hexo renders")
class HexoTagPluginTest {
    private static final Pattern TOKEN_SPAN =
            Pattern.compile("<span class=\"(?!line\")(?!line marked\")[^\"]*\">([^<]*)</span>");
    /** Our resolved URLs for Hexo's unresolved relative Markdown images, by fixture post. */
    private static final Map<String, List<String>> RESOLVED_IMAGES = Map.of(
            "post-title/source/_posts/tomatoes-2023.md", List.of(
                    "<img src=\"seedlings.png\" alt=\"Seedlings on the bench\">",
                    "<img src=\"/tomatoes-2023-edition/seedlings.png\" alt=\"Seedlings on the bench\" />"));

    static Stream<Arguments> postsWithTags() throws Exception {
        return Stream.of("post-title", "tag-plugins").flatMap(fixture -> {
            try {
                HexoReference reference = HexoReference.read(HexoDifferentialTest.fixturesRoot().resolve(fixture)
                        .resolve("reference.json"));
                return reference.posts().values().stream().filter(post -> post.html() != null)
                        .map(post -> Arguments.of(fixture, post.source(), post.html()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("postsWithTags")
    void rendersTheHtmlHexoRenders(String fixture, String source, String hexoHtml) throws Exception {
        Site site = load(fixture);
        RenderedContent content = render(site);
        Post post = site.posts().stream().filter(p -> p.source().relativePath().equals(source)).findFirst()
                .orElseThrow();
        String expected = hexoHtml;
        List<String> resolved = RESOLVED_IMAGES.get(fixture + "/" + source);
        if (resolved != null) {
            assertTrue(expected.contains(resolved.get(0)), "the reference no longer has " + resolved.get(0));
            expected = expected.replace(resolved.get(0), resolved.get(1));
        }

        assertEquals(normalise(expected), normalise(content.of(post).html()));
        assertTrue(content.warnings().isEmpty(), () -> "warnings: " + content.warnings());
        assertTrue(content.errors().isEmpty(), () -> "errors: " + content.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithTags")
    @DisplayName("the fixtures do use tag plugins")
    void fixturesHaveTagPosts(String fixture) throws Exception {
        assertFalse(postsWithTags().filter(arguments -> arguments.get()[0].equals(fixture)).toList().isEmpty());
    }

    static Stream<String> fixturesWithTags() {
        return Stream.of("post-title", "tag-plugins");
    }

    private static RenderedContent render(Site site) throws Exception {
        Set<String> outputs = new HashSet<>();
        site.posts().forEach(post -> outputs.add(post.path()));
        site.pages().forEach(page -> outputs.add(page.path()));
        for (Asset asset : site.assets()) {
            outputs.add(asset.path());
        }
        MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(site.config().markdownBreaks(), 200));
        try (Parallel parallel = new Parallel(2)) {
            return new ContentRenderer(markdown::render).render(site, Set.copyOf(outputs), List.of(),
                    ContentRenderer.index(site), parallel);
        }
    }

    private static Site load(String fixture) throws Exception {
        Path dir = HexoDifferentialTest.fixturesRoot().resolve(fixture);
        return SiteLoader.load(dir, new LoadOptions(false, false, HexoDifferentialTest.NOW, message -> { }));
    }

    static String normalise(String html) {
        String text = html;
        String previous;
        do {
            previous = text;
            text = TOKEN_SPAN.matcher(text).replaceAll("$1");
        } while (!text.equals(previous));
        return text.replace("&#123;", "{").replace("&#125;", "}").replaceAll(">\\s+<", "><")
                .replaceAll("\\s+", " ").strip();
    }
}
