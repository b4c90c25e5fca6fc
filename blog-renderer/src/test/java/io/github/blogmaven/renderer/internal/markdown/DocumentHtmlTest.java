package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Documents written without flexmark's renderer come out as flexmark writes them")
class DocumentHtmlTest {
    /** Blocks written without flexmark's renderer, with the links, images and URLs that test its link answers. */
    private static final List<String> BLOCKS = List.of("中文的段落，于**Redis创始人**和*斜体*。", "plain `code` ~~gone~~",
            "图 ![一 & 二](1.png)", "![](2.png)", "![x](sub/3.png)", "![y](../other/4.png)", "![z](/abs/5.png)",
            "![中文](图片.png)", "![s](a b.png)", "![p](%E4%B8%AD.png)", "![q](q.png?a=1&b=\"2\")",
            "![h](https://x.org/a b.png)", "![t](t.png \"title\")", "[链*接*](/a?b=1&c)", "[rel](other.html#frag)",
            "[js](javascript:alert(1))", "[JS](JavaScript:x)", "[m](mailto:a@b.org)", "[](/empty)", "[x][r]",
            "[r]: /r", "<https://auto.example>", "www.example.com", "a@b.org", "[**粗**](#frag)",
            "[![i](i.png)](/big.png)", "## 标题 **粗**", "# Title", "## 重复", "## 重复", "<!-- more -->",
            "<!-- more -->\n<p>after</p>", "前文 <!-- more --> 后文", "```\ncode\n```", "```java\nint x = 1;\n```",
            "```\n  leading\ttab  \n\n\n\nblank lines\n```", "~~~ python extra words\nprint('<&>\"')\n~~~",
            "```a&b\nx\n```", "```\n```", "````\n```\nnested\n````", "```c++\nvector<int>\n```", "```\r\ncrlf\r\n```",
            "```\\*esc\nx\n```", "   ```\n   indented fence\n   ```", "```中文\n代码\n```", "```js\nunclosed",
            "- item", "> quote",
            "| 名称 | 数值 | 说明 |\n|---|---:|---|\n| a | 1 | b |\n| c | 2 | d |",
            "| l | c | r |\n|:--|:-:|--:|\n| **b** | `c` | ![i](1.png) |", "a | b\n--|--\nx | y",
            "| a | b |\n|---|---|\n| only |", "| a |\n|---|\n| x | extra |", "| h |\n|---|",
            "| a \\| b | c |\n|---|---|\n| d | e |", "| [l](/x) | t\tab |\n|---|---|\n| y | z |", "|---|\n| x |",
            "| a |\n|---|\n| b |", "text[^1]\n\n[^1]: note", "line one\nline two", "a\tb", "x", "中文\n中文",
            "english\nwords",
            "a  \nhard break", "a\\\nb", "**bold\nacross**", "[link\nacross](/x)", "![img](1.png)\n图注",
            "text\n<!-- more --> after", "trailing \nspace", "line\n  indented next", "안녕\n하세요", "x\n\ty",
            "ctrl\u0001\nnext", "\u0001lead", "end\u0001", "> 引用 **粗**", "> a\n>\n> b", "> ## h\n> p ![i](1.png)",
            "> > nested\n> > quote", "> ```\n> code\n> ```", "> - list", ">", "> | a |\n> |---|\n> | b |",
            "> a\nlazy continuation", "> <!-- more -->", "- a\n- b", "- a\n\n- b", "1. a\n2. b", "3. a\n4. b",
            "- a\n  - b\n  - c\n- d", "- a\n\n  para\n- b", "- ```\n  code\n  ```\n- x", "- > q\n- y", "- # h\n- z",
            "-\n- e", "* a\n+ b", "- [ ] task\n- [x] done", "1) paren\n2) items", "- 粗体\n  续行", "- ![i](1.png) 图",
            "- a\n\n\n- b", "- <!-- more -->\n- after", "- a\n  ```\n  code\n  ```\n  tail",
            "- | a |\n  |---|\n  | b |",
            "10. ten\n11. eleven", "- a\n- b\n\n  loose", "- \tindented tab", "<div>raw</div>",
            "<div>\n  <p>indented</p>\n</div>", "<!-- comment -->", "<!-- multi\nline  \n\tcomment -->",
            "<table><tr><td>x</td></tr></table>", "<script>\nvar a = 1;\n\n\nvar b;\n</script>",
            "<div>trailing  \n\tx</div>",
            "<img src=\"a.png\">", "<?php echo 1; ?>", "<pre>\n  keep   spaces\n</pre>", "- <div>in item</div>",
            "> <p>quoted html</p>", "<div>{% asset_img 1.png %}</div>", "<!-- more --><div>x</div>");

    private static final Set<String> OUTPUT = Set.of("posts/1.png", "posts/2.png", "posts/sub/3.png", "other/4.png",
            "posts/图片.png", "posts/a b.png");

    @Test
    @DisplayName("random documents render the same page, excerpt and partial flag with and without flexmark's renderer")
    void sameAsFlexmark() {
        sameAsFlexmark(new MarkdownRenderer(new MarkdownOptions(false, 20)), 29);
    }

    @Test
    @DisplayName("the same with Hexo's breaks, each line end a <br>")
    void sameAsFlexmarkWithBreaks() {
        sameAsFlexmark(new MarkdownRenderer(new MarkdownOptions(true, 20)), 31);
    }

    private static void sameAsFlexmark(MarkdownRenderer markdown, long seed) {
        String unheld = "\n\n<!-- \uE002 -->\n";
        String comment = unheld.strip() + "\n";
        List<String> pieces = BLOCKS.stream().map(block -> block + "\n\n").toList();
        List<LinkContext> contexts = List.of(new LinkContext("/", "posts/", "posts/", OUTPUT::contains, null),
                new LinkContext("/blog/", "posts/", "posts/", OUTPUT::contains, "https://example.com/blog"),
                new LinkContext("/", "", null, path -> false, null));
        int compared = 0;
        int direct = 0;
        int n = 0;
        for (String source : RandomMarkdown.documents(seed, 2000, 10, pieces)) {
            LinkContext links = contexts.get(n++ % contexts.size());
            RenderedMarkdown held = markdown.renderInPlace(new MarkdownSource(source, "post.md", 1, links));
            RenderedMarkdown plain = markdown.renderInPlace(new MarkdownSource(source + unheld, "post.md", 1, links));
            if (!plain.html().endsWith(comment)) {
                continue;
            }
            assertEquals(plain.html().substring(0, plain.html().length() - comment.length()), held.html(), source);
            if (!plain.excerpt().contains("\uE002")) {
                assertEquals(plain.excerpt(), held.excerpt(), source);
                assertEquals(plain.excerptIsPartial(), held.excerptIsPartial(), source);
            }
            compared++;
            if (isDirect(source)) {
                direct++;
            }
        }
        assertTrue(compared > 1500, compared + " compared");
        assertTrue(direct > 300, direct + " written without flexmark's renderer");
    }

    // Blocks of the kinds written here only (a rough count: a block may still need flexmark).
    private static boolean isDirect(String source) {
        for (String block : source.split("\n\n")) {
            if (block.startsWith("- [") || block.startsWith("> ")
                    || block.startsWith("[^1]") || block.startsWith("[r]:") || block.startsWith("<!-- more -->\n")) {
                return false;
            }
        }
        return true;
    }
}
