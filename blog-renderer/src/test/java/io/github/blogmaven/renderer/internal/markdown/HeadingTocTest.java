package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table of contents: every heading, in document order, with the id it carries in the HTML. */
class HeadingTocTest {
    private static List<Heading> toc(String markdown) {
        return new MarkdownRenderer(new MarkdownOptions(true, 200))
                .render(new MarkdownSource(markdown, "post.md", 1, null)).toc();
    }

    @Test
    @DisplayName("levels, plain text and Hexo ids, in document order")
    void entries() {
        assertEquals(List.of(
                new Heading(1, "Guide", "Guide"),
                new Heading(2, "安装-Hexo", "安装 Hexo"),
                new Heading(3, "The-best-code", "The best code"),
                new Heading(2, "安装-Hexo-1", "安装 Hexo"),
                new Heading(6, "Cafe-deja-vu", "Café déjà vu")),
                toc("# Guide\n\n## 安装 Hexo\n\ntext\n\n### The *best* `code`\n\n## 安装 Hexo\n\n###### Café déjà vu\n"));
    }

    @Test
    @DisplayName("headings inside quotes and lists count too, and share the duplicate counter")
    void nestedHeadings() {
        assertEquals(List.of(new Heading(2, "Note", "Note"), new Heading(2, "Note-1", "Note")),
                toc("## Note\n\n> ## Note\n"));
    }

    @Test
    @DisplayName("link text counts, the link target does not")
    void linkText() {
        assertEquals(List.of(new Heading(2, "See-Hexo", "See Hexo")), toc("## See [Hexo](https://hexo.io)\n"));
    }

    @Test
    @DisplayName("ids in the HTML match the toc")
    void htmlMatchesToc() {
        RenderedMarkdown rendered = new MarkdownRenderer(new MarkdownOptions(true, 200))
                .render(new MarkdownSource("## A b\n\n## A b\n", "post.md", 1, null));

        assertEquals("<h2 id=\"A-b\"><a href=\"#A-b\" class=\"headerlink\" title=\"A b\"></a>A b</h2>\n"
                + "<h2 id=\"A-b-1\"><a href=\"#A-b-1\" class=\"headerlink\" title=\"A b\"></a>A b</h2>\n",
                rendered.html());
        assertEquals("A-b-1", rendered.toc().get(1).id());
    }
}
