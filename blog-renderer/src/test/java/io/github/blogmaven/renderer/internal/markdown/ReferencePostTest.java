package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference post, a real Hexo post (abbrlink {@code 7631b95}) copied byte for byte, published at
 * {@code posts/7631b95.html} with its three images as global assets at {@code 7631b95/N.jpg}.
 */
class ReferencePostTest {
    private static final Set<String> OUTPUT = Set.of("7631b95/1.jpg", "7631b95/2.jpg", "7631b95/3.jpg");

    private final RenderedMarkdown rendered = new MarkdownRenderer(new MarkdownOptions(true, 200))
            .render(new MarkdownSource(body(resource("reference-post-7631b95.md")), "source/_posts/7631b95.md", 13,
                    new LinkContext("/", "posts/", null, OUTPUT::contains, null)));

    @Test
    @DisplayName("renders exactly as the golden file")
    void matchesGoldenHtml() {
        assertEquals(resource("reference-post-7631b95.html"), rendered.html());
    }

    @Test
    @DisplayName("***bold italic*** between CJK characters is <strong><em>")
    void boldItalicInsideCjk() {
        assertTrue(rendered.html().contains("与<strong><em>Redis创始人Salvatore</em></strong>共同"), rendered.html());
        assertTrue(rendered.html().contains("<p><strong><em>Mysql 之父</em></strong>、 MariaDB"), rendered.html());
        assertFalse(rendered.html().contains("***"));
    }

    @Test
    @DisplayName("relative images resolve to the site-root assets, for every page")
    void imagesResolveToRoot() {
        for (int i = 1; i <= 3; i++) {
            assertTrue(rendered.html().contains("src=\"/7631b95/" + i + ".jpg\""), "image " + i);
        }
    }

    @Test
    void headingIdsAndToc() {
        assertEquals(List.of(
                new Heading(2, "OpenMessaging", "OpenMessaging"),
                new Heading(2, "ApsaraCache", "ApsaraCache"),
                new Heading(2, "Mysql", "Mysql"),
                new Heading(2, "相关地址", "相关地址")), rendered.toc());
        assertTrue(rendered.html().contains(
                "<h2 id=\"相关地址\"><a href=\"#相关地址\" class=\"headerlink\" title=\"相关地址\"></a>相关地址</h2>"));
    }

    @Test
    @DisplayName("the excerpt is what precedes <!-- more -->, first image included")
    void excerptEndsAtMoreMarker() {
        String excerpt = rendered.excerpt();
        assertTrue(excerpt.startsWith("<h2 id=\"OpenMessaging\">"), excerpt);
        assertTrue(excerpt.contains("<img src=\"/7631b95/1.jpg\" alt=\"阿里巴巴集团CTO张建锋\" />"), excerpt);
        assertTrue(excerpt.endsWith("阿里巴巴集团CTO张建锋</p>"), excerpt);
        assertFalse(excerpt.contains("开源和阿里巴巴都根植于互联网"), excerpt);
        assertFalse(excerpt.contains("more"), excerpt);
        assertTrue(rendered.excerptIsPartial());
    }

    @Test
    @DisplayName("the page gets <span id=\"more\"></span> where the marker was")
    void moreMarkerBecomesSpan() {
        assertTrue(rendered.html().contains("阿里巴巴集团CTO张建锋</p>\n<span id=\"more\"></span>\n<p>“开源和阿里巴巴"));
        assertFalse(rendered.html().contains("<!-- more -->"));
    }

    @Test
    @DisplayName("breaks: true turns the caption's newline into <br>")
    void captionLineBreak() {
        assertTrue(rendered.html().contains("alt=\"阿里巴巴集团CTO张建锋\" /><br>\n阿里巴巴集团CTO张建锋</p>"));
    }

    // The Markdown body: what follows the front matter's closing fence (line 12 of the file).
    private static String body(String post) {
        int closing = post.indexOf("\n---\n", 4);
        return post.substring(closing + "\n---\n".length());
    }

    static String resource(String name) {
        try (InputStream in = ReferencePostTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
