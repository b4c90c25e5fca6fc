package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A flat document is parsed into the tree flexmark's parser makes of it")
class FlatDocumentsTest {
    /** Flat documents: each is parsed here, and into the same tree as flexmark's. */
    private static final List<String> FLAT = List.of(
            "",
            "\n",
            "\n\n  \n\t\n",
            "one line",
            "one line\n",
            "two\nlines\n",
            "a paragraph\n\nanother\n\n\n",
            "## 标题\n\n正文**加粗**，`code` 和 *强调*。\n",
            "# h1\n## h2\n### h3\n#### h4\n##### h5\n###### h6\ntext right after\n",
            "##   spaced heading   \n\nand trailing spaces on text   \n",
            "para\n## heading interrupts\npara\n```java\nfenced interrupts\n```\nafter\n",
            "```\n```\n",
            "```\n\n```\n",
            "```js\nx = 1;\n\n\ty = 2;   \n```\ntext\n",
            "```  info with spaces  \ncode\n```",
            "```\ncode ``` not closing\n    ```\nstill code\n```\n",
            "<!-- more -->\n",
            "intro\n\n<!-- more -->\n\n## rest\n\nbody\n",
            "intro\n\n<!-- more -->\nright after the comment\n",
            "## h\n<!-- more -->\n",
            "a paragraph\n<!-- more -->\nends at a comment line, as the option says\n",
            "[link](/x) at the start\n[a] [b] (c)\n",
            "![图](1.png)\n\n![a](b.png \"t\") and [link](http://example.com) <span>html</span>\n",
            "http://example.com/auto and www.example.com and mail@example.com\n",
            "hard  \nbreak\\\nand \\*escape\\* &amp; &copy; &#x4e2d;\n",
            "*a **b** c* _d_ __e__ ***f*** ~~g~~\n",
            "-not a list\n*emphasis* start\n_under_ start\n2019年 starts with digits\n",
            "`inline` start\n``double`` start\n~single tilde\n",
            "trailing backslash\\",
            " one space\n  two spaces\n   three *spaces*\n\n Kafka 开头\n",
            "text [^1] and [ref] and [a][b]\n",
            "NUL \u0000 inside\n",
            "last line without line end\n\n## heading at the end",
            "| 名称 | 数值 | 说明 |\n|---|---:|---|\n| a **b** | 1 | `c` |\n| d | 2 |\n\nafter\n",
            "a | b\n---|---\n1 | 2\n3 | 4 | 5\nno pipe ends it\nand more\n",
            "| a |\n|---|\n| 1 |\n   indented text after\n",
            "| a |\n|---|\n| 1 |\n| b |\n|---|\n| 2 |\n",
            "| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |",
            "text first | no table\n|---|\n",
            "| not | a table |\nwithout a separator\n",
            "| a | b |\n|:-:|--|\n\n## h\n| x |\n|--|\n| [l](/u) http://e.com |\n",
            "windows\r\nline ends\r\n\r\n## heading  \r\n<!-- more -->\r\n```js\r\nx\r\n\r\n```\r\n"
                    + "| a |\r\n|---|\r\n| 1 |\r\n",
            "no line end after \r\n\r\nthe last line");

    /**
     * Documents with blocks flexmark's parser makes, alone or with the paragraph before them (regions): each is
     * parsed here, and into the same tree as flexmark's, alone, after a paragraph, between two, and twice over with
     * a long paragraph between.
     */
    private static final List<String> WITH_REGIONS = List.of(
            "- item\n",
            "* item\n",
            "+ item\n",
            "1. item\n",
            "2) item\n",
            "> quote\n",
            "- 第一项\n- 第二项 **加粗**\n- 第三项\n",
            "- a\n  - nested\n    - deeper\n\nafter\n",
            "- a\n\n- loose\n\nafter\n",
            "- a\n\n  continued in the item\n\nafter\n",
            "- a\n\n    indented code in the item\n\nafter\n",
            "1. one\n2. two\n\n## heading after\n",
            "> a quote\nlazy continuation\n\nafter\n",
            "> one\n\n> two quotes\n\nafter\n",
            "para\n- a list interrupts it\n\nafter\n",
            "## heading\n- list right after\n",
            "| a |\n|---|\n| 1 |\n- list after a table\n\nafter\n",
            "- a\n```\nfence after a list\n\nnot a heading\n```\n\nafter\n",
            "> ```\n> code in a quote\n>\n> ```\n\nafter\n",
            "- item\n\n  ```js\n  code\n\n  more\n  ```\n\nafter\n",
            "- [ ] task\n- [x] done\n",
            "- item with http://example.com and [a](/b)\n\ntext with www.example.com\n",
            "- a\n\n\n\n",
            "    indented code\n",
            "    four spaces\n",
            "   - indented item\n",
            "  ## indented heading\n",
            "  ```\nindented fence\n```\n",
            "para\n    four spaces continue it\n",
            "\tTab\n",
            "para\n===\n",
            "para\n---\n",
            "***\n",
            "___\n",
            "#hashtag\n",
            "####### seven\n",
            "## closing ##\n",
            "##\n",
            "~~~\ncode\n~~~\n",
            "````\ncode\n````\n",
            "```a`b\n",
            "```\ncode\n```  \n\nafter\n",
            "```\ncode\n  ```\nafter\n",
            "para\n```js\ncode\n````\nafter\n",
            "```\ncode\n~~~\nstill code\n~~~\n\n## not a heading\n```\n",
            "```\ncode\n```js\nstill code\n\n## not a heading\n```\n",
            "```\nnever closed\n",
            "```\nnever closed\n\n## not a heading\n",
            "- a\r\n- b\r\n\r\nafter\r\n",
            "<div align=\"center\">\n<img src=\"a.png\">\n</div>\n\nafter\n",
            "<img src=\"a.png\" alt=\"图\">\n",
            "para\n<div>\ninside\n</div>\n",
            "<details>\n<summary>more</summary>\n\n- a list in it\n\n</details>\n\nafter\n",
            "<iframe src=\"https://example.com/v\"></iframe>\n",
            "<DIV>\n<PRE-not>\n",
            "<!-- more --> trailing\n",
            "- a\n<!-- more -->\n",
            "<pre>\ncode\n\n## not a heading\n</PRE>\n\nafter\n",
            "<script>\nx\n\ny\n</script>\n",
            "<Style>\np {}\n\n</style>\n",
            "<textarea>\n\n</TEXTAREA>\n",
            "<!--\nmulti\n\nline -->\n\n## heading\n",
            "<!-- a --> tail\n\nafter\n",
            "<?php\n\n?>\n",
            "<!DOCTYPE html>\n",
            "<![CDATA[\n\n]]>\n",
            "- a\n<pre>\n\n</pre>\n",
            "- a\n  <!--\n\ncomment -->\n",
            "para\n<!--\n\nhidden\n-->\nafter\n",
            "1. ```java\n\n\n## after a fence left open in a list item\n",
            "- a\n  ```\n  code\nx\n```\n\n\nstill code\n",
            "    ```\n```\n\n\nin the fence\n",
            "- a\n```\ncode\n    ```\n\nstill in the fence\n```\n",
            "<div>\n```\n \n```\n\nin the fence opened after the div\n",
            "</script>\n```\n\n```\n\nin the fence\n",
            "- item\n\n  ```bash\n  npm install\n\n  ## not a heading\n  ```\n\n## heading\n",
            "1. 安装：\n\n   ```bash\n   npm i\n   ```\n2. 启动：\n\n   ```\n   npm start\n   ```\n\n结束\n",
            "- ```js\n  code\n  ```\n- b\n",
            "- a\n  ```\n  x\n\n\n  ```\n\nafter\n",
            "- a\n  ```\n  code\n   ```\n\nafter\n",
            "- a\n  ```\n  code\n      ```\n\n  still code\n  ```\n\nafter\n",
            "- a\n\n  ```\n  code\n\t```\n\nafter\n",
            "- a\n  ```\n less indented\n  ```\n\nafter\n",
            "- a\n\n      ```\n      indented code in the item\n      ```\n\nafter\n",
            "    ```\n    indented code\n    ```\n\nafter\n",
            "para\n    ```\n    continues it\n    ```\n\nafter\n",
            "  ```\n  a fence indented at the top\n  ```\n\nafter\n",
            "- a\n  ~~~\n  ```\n  ~~~\n\nafter\n",
            "- a\n  ````\n  ```\n  ````\n\nafter\n",
            "1. a\n\n    ```\n    x\n    ```\n\nafter\n",
            "- - ```\n    x\n    ```\n\nafter\n",
            "-     ```\n      x\n      ```\n\nafter\n",
            "> - ```\n>   x\n>   ```\n\nafter\n",
            "- a\n  ```\n  x\n  ```\n  ```\n  y\n\n## in the second fence\n  ```\n\nafter\n",
            "- a\n\n  ```a`b\n  not a fence\n\nafter\n",
            "  ```\n  code\n   ```\n  ```\n\nstill code\n",
            "> ```\n    > x\n  ```\n\nstill code\n",
            "\t```\n x\n ```\n\nstill code\n",
            "> ```\n> code\n>\n> ## not a heading\n> ```\n\n## heading\n",
            "> ```\n> code\n\n```\nafter the quote\n\n## not a heading\n```\n\nafter\n",
            "> ```\n> code\nends the quote\n```\n\nin a fence\n```\n",
            "- > ```\n  > code\n\n  more in the item\n\n## heading\n",
            "<div>\n> ```\n> x\n```\n\nafter\n",
            "    > ```\n    > x\n\nafter\n",
            "> - ```\n>   x\n\n  ```\n\nstill code?\n",
            "- a list\n\n" + "很长的段落。".repeat(100)
                    + "\n\n> and a quote, far enough to be a region of its own\n");

    /** A paragraph long enough for the regions before and after it to be parsed apart. */
    private static final String FAR = "一段足够长的文字，".repeat(60);

    /** Documents with a line this leaves to flexmark, with the whole document. */
    private static final List<String> NOT_FLAT = List.of(
            "[ref]: /x\n",
            "[^1]: note\n",
            "[multi\nline]: /x\n",
            "[a\\]]: /x\n",
            "[[nested]]: /x\n",
            "[label]\n",
            "[^1][r]: a footnote whose label is 1][r\n",
            "[^1] a footnote reference starting a line\n",
            "- item\n\n  [ref]: /x\n",
            "> [^1]: note in a quote\n",
            "<!--\n[ref]: /x\n-->\n",
            "> ```\n[ref]: /x\n",
            "<!--\n```\n-->\n",
            "> ```\n<!--\n\n```\n\ncomment -->\n",
            "<!-->\n```\n\nnot a heading\n```\n",
            "<pre>\n<!--\n</pre>\n",
            "old Mac\rline ends\r",
            "mixed\r\nand\rlone\n",
            "- a\rlone\n");

    private static final List<String> PIECES = List.of("中文", "text", " ", "  ", "\t", "\n", "\n\n", "**b**", "*e*",
            "`c`", "```", "```java\n", "~~~", "# ", "## ", "####### ", "#", "- ", "* ", "+ ", "1. ", "2) ", "> ", "|",
            "[r]: /x\n", "[l](/a)", "![i](b.png)", "<!-- more -->", "<!-- more -->\n", "<div>", "---", "===", "***",
            "___", "_", "\\", "&amp;", "http://x.y ", "www.z.com", "\r\n", "2019年", "    ", "。", "，",
            "\n ", "\n  ", "\n   ", "\n Kafka", "<!--", "-->", "<pre>", "</pre>", "<img src=x>", "[^1]", "</script>",
            "\n```\n", "\n\n- ", "\n    ", "\n  ```\n", "\n   ```\n", "- ```\n", "\n\t```\n",
            "\n\n" + "长文".repeat(250) + "\n\n");

    /** Documents with TeX math, for the parser of bodies with {@code math: true}. */
    private static final List<String> WITH_MATH = List.of(
            "inline $x^2$ and $$y$$ in text, and costs $5 and $10\n",
            "$$\n\\frac{a}{b}\n$$\n\nafter\n",
            "text\n$$x$$\nmore\n",
            "$$a$$\n",
            "  $$\n  b\n  $$\n",
            "$$ never closed\n\ntext\n",
            "$$\n\n$$\n",
            "`$code$` and \\$5\n",
            "- $x$ in a list\n$$\ny\n$$\n",
            "## $E=mc^2$\n\n| $a$ | b |\n|---|---|\n| 1 | $2$ |\n",
            "$$ a\n```\nb $$\n\n- x\n```\n\nin the fence\n");

    private static final List<String> MATH_PIECES = List.of("$", "$$", "$x$", "$$\n", "\n$$", "\\$", " $5 ");

    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(false, 0));
    private final Parser parser = renderer.parser();
    private final FlatDocuments flat = new FlatDocuments(parser);
    private final Parser mathParser = renderer.mathParser();
    private final FlatDocuments flatMath = new FlatDocuments(mathParser);

    @Test
    @DisplayName("paragraphs, tables, headings, fenced code, comment lines, either line end: the same tree")
    void flatDocuments() {
        parser.parse("made by flexmark first, which the flat parser's inline parsers are made as");
        for (String markdown : FLAT) {
            Document document = flat.parse(BasedSequence.of(WorkBudget.of(markdown)));
            assertNotNull(document, markdown);
            assertEquals(tree(parser.parse(BasedSequence.of(WorkBudget.of(markdown)))), tree(document), markdown);
        }
    }

    @Test
    @DisplayName("lists, quotes and the other blocks are parsed by flexmark as regions of their own: the same tree, "
            + "also where a long paragraph keeps two regions apart")
    void regions() {
        parser.parse("first");
        for (String markdown : WITH_REGIONS) {
            for (String document : List.of(markdown, "para\n\n" + markdown + "\nmore", "para\n" + markdown,
                    markdown + "\n\n" + FAR + "\n\n" + markdown)) {
                Document parsed = flat.parse(BasedSequence.of(WorkBudget.of(document)));
                assertNotNull(parsed, document);
                assertEquals(tree(parser.parse(BasedSequence.of(WorkBudget.of(document)))), tree(parsed), document);
            }
        }
    }

    @Test
    @DisplayName("fenced code in a list item ends its region where its closing fence is indented as it is, and only "
            + "there")
    void fencesInListItems() {
        parser.parse("first");
        String steps = "1. 安装：\n\n   ```bash\n   npm i\n\n   ## not a heading\n   ```\n2. 启动：\n\n"
                + "   ~~~~\n   ~~~\n   ~~~~\n\n";
        assertEquals("RRRRRRRRRRRRR...", flat.regionLines(steps + FAR + "\n\n## 结尾\n"));
        assertEquals("RRRRR.", flat.regionLines("- ```js\n  code\n  ```\n- b\n\n" + FAR + "\n"));
        // a closing fence indented further, a line indented less, a tab: where the code ends is not certain, and
        // every line after it is a region's
        for (String uncertain : List.of("   ```\n", "\n", "x\n", " x\n", "\t```\n", "\tx\n")) {
            String markdown = "- a\n  ```\n  code\n" + uncertain + "\n" + FAR + "\n\n## 结尾\n";
            assertEquals(-1, flat.regionLines(markdown).indexOf('.'), markdown);
        }
        // in a quote, fenced code ends with the quote, at the first line without a quote marker
        assertEquals("RRRR...", flat.regionLines("> - ```\n>   x\n>   ```\n\n" + FAR + "\n\n## 结尾\n"));
        assertEquals("RRR......", flat.regionLines("> ```\n> x\n\n```\n```\n\n" + FAR + "\n\n## 结尾\n"));
    }

    @Test
    @DisplayName("HTML blocks and link reference definitions, even in a region, leave the document to flexmark")
    void otherDocuments() {
        parser.parse("first");
        for (String markdown : NOT_FLAT) {
            assertNull(flat.parse(BasedSequence.of(WorkBudget.of("para\n\n" + markdown + "\nmore"))), markdown);
        }
    }

    @Test
    @DisplayName("random documents: those parsed here give flexmark's tree")
    void randomDocuments() {
        parser.parse("first");
        int parsed = 0;
        int withRegions = 0;
        for (String markdown : RandomMarkdown.documents(29, 20_000, 12, PIECES)) {
            Document document = flat.parse(BasedSequence.of(WorkBudget.of(markdown)));
            if (document != null) {
                parsed++;
                String tree = tree(parser.parse(BasedSequence.of(WorkBudget.of(markdown))));
                assertEquals(tree, tree(document), markdown);
                withRegions += tree.contains("List[") || tree.contains("BlockQuote[") ? 1 : 0;
            }
        }
        assertTrue(parsed > 2_000, parsed + " of 20,000 parsed here");
        assertTrue(withRegions > 1_000, withRegions + " of them with a list or a quote");
    }

    @Test
    @DisplayName("with math, flat documents and regions make the tree of the parser for math")
    void math() {
        mathParser.parse("first");
        List<String> documents = new ArrayList<>(WITH_MATH);
        documents.addAll(FLAT);
        documents.addAll(WITH_REGIONS);
        for (String markdown : documents) {
            Document parsed = flatMath.parse(BasedSequence.of(WorkBudget.of(markdown)));
            assertNotNull(parsed, markdown);
            assertEquals(tree(mathParser.parse(BasedSequence.of(WorkBudget.of(markdown)))), tree(parsed), markdown);
        }
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(MATH_PIECES);
        int withMath = 0;
        for (String markdown : RandomMarkdown.documents(31, 10_000, 12, pieces)) {
            Document parsed = flatMath.parse(BasedSequence.of(WorkBudget.of(markdown)));
            if (parsed != null) {
                String tree = tree(mathParser.parse(BasedSequence.of(WorkBudget.of(markdown))));
                assertEquals(tree, tree(parsed), markdown);
                withMath += tree.contains("Math") ? 1 : 0;
            }
        }
        assertTrue(withMath > 500, withMath + " of 10,000 with math parsed here");
    }

    @Test
    @DisplayName("the reference post is flat, and parsed into flexmark's tree")
    void referencePost() throws IOException {
        parser.parse("first");
        String markdown = body(resource("reference-post-7631b95.md"));
        Document document = flat.parse(BasedSequence.of(WorkBudget.of(markdown)));
        assertNotNull(document);
        assertEquals(tree(parser.parse(BasedSequence.of(WorkBudget.of(markdown)))), tree(document));
    }

    @Test
    @DisplayName("before its parser has parsed a document, nothing is parsed here")
    void notBeforeFlexmark() {
        Parser fresh = new MarkdownRenderer(new MarkdownOptions(false, 0)).parser();
        assertNull(new FlatDocuments(fresh).parse(BasedSequence.of("text")));
    }

    /**
     * Every node, indented by its depth, with its offsets, its segments and its flags ({@code toAstString}), and what
     * that leaves out: the class of its characters, and each paragraph's line indents and number of lines.
     */
    static String tree(Document document) {
        StringBuilder tree = new StringBuilder();
        append(document, 0, tree);
        return tree.toString();
    }

    private static void append(Node node, int depth, StringBuilder tree) {
        tree.append("  ".repeat(depth)).append(node.toAstString(true)).append(' ')
                .append(node.getChars().getClass().getSimpleName());
        if (node instanceof Paragraph paragraph) {
            tree.append(" indents ").append(Arrays.toString(paragraph.getLineIndents()))
                    .append(" lines ").append(paragraph.getContentLines());
        }
        tree.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, tree);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FlatDocumentsTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String post) {
        return post.substring(post.indexOf("\n---\n", 4) + 5);
    }
}
