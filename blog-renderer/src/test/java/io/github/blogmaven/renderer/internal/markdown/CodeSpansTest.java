package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Code spans are found as flexmark's core finds them, without its regular expressions")
class CodeSpansTest {
    private final Parser core = Parser.builder().build();
    private final Parser withCodeSpans = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(new CodeSpans()))).build();
    private final HtmlRenderer html = HtmlRenderer.builder().build();

    @Test
    @DisplayName("CommonMark's code span cases render the same")
    void commonMarkCases() {
        for (String markdown : List.of("`foo`", "`` foo ` bar ``", "` `` `", "`  ``  `", "` a`", "`\u00a0b\u00a0`",
                "` `\n`  `", "``\nfoo\nbar  \nbaz\n``", "`foo   bar \nbaz`", "`foo\\`bar`", "``foo`bar``",
                "` foo `` bar `", "*foo`*`", "[not a `link](/foo`)", "`<a href=\"`\">`", "<a href=\"`\">`",
                "`<http://foo.bar.`baz>`", "<http://foo.bar.`baz>`", "```foo``", "`foo", "`foo``bar``",
                "中文 `代码` 和 ``含`反引号`` 的句子", "- item `code`\n- `more", "> `quoted\n> code`", "| `a|b` |\n|---|")) {
            assertEquals(render(core, markdown), render(withCodeSpans, markdown), markdown);
        }
    }

    @Test
    @DisplayName("random text of backticks, escapes, brackets and line breaks renders the same")
    void randomText() {
        Random random = new Random(42);
        String alphabet = "``````ab  \n\\*_[]()<>!中\0";
        for (int i = 0; i < 2000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(render(core, markdown.toString()), render(withCodeSpans, markdown.toString()),
                    markdown.toString());
        }
    }

    private String render(Parser parser, String markdown) {
        return html.render(parser.parse(markdown));
    }
}
