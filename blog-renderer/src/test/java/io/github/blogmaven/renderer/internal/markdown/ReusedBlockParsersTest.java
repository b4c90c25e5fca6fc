package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HTML blocks, headings and tables parse as with flexmark's own factories, made once per parser")
class ReusedBlockParsersTest {
    private static final List<String> TOKENS = List.of("<div>", "</div>", "<!-- more -->", "<!--", "-->", "<pre>",
            "</pre>", "<script>", "</script>", "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<a href='x'>",
            "</a>", "<custom-tag>", "<table>", "text", "中文", " ", "\n", "\n\n", "- ", "> ", "    ", "```", "# ",
            "***", "1. ", "| a | b |\n|---|---|\n", "| a |\n| :-: |\n| b |\n", "## ", "Title\n===\n", "---\n",
            "#no space", "#", "|", ":--", " \\| ");

    private final HtmlRenderer html = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(TablesExtension.create()))).build();
    private final Parser stock = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(TablesExtension.create()))).build();
    private final Parser shared = reusing();

    @Test
    @DisplayName("random documents of HTML, Markdown blocks and text render the same, one after another")
    void sameAsStock() {
        for (String markdown : RandomMarkdown.documents(11, 3000, 30, TOKENS)) {
            assertEquals(render(stock, markdown), render(shared, markdown), markdown);
        }
    }

    @Test
    @DisplayName("one parser on several threads renders what the stock parser renders")
    void sharedBetweenThreads() {
        List<String> documents = RandomMarkdown.documents(11, 2000, 30, TOKENS);
        List<String> expected = documents.stream().map(markdown -> render(stock, markdown)).toList();
        Parser fresh = reusing();
        IntStream.range(0, documents.size()).parallel().forEach(i ->
                assertEquals(expected.get(i), render(fresh, documents.get(i)), documents.get(i)));
    }

    /** A parser with the factories made once, in place of the core ones and the tables extension's. */
    private static Parser reusing() {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.<Extension>of(new Tables()))
                .set(Parser.HTML_BLOCK_PARSER, false).set(Parser.HEADING_PARSER, false);
        return Parser.builder(options).customBlockParserFactory(new ReusedBlockParsers.HtmlBlocks())
                .customBlockParserFactory(new ReusedBlockParsers.Headings()).build();
    }

    private String render(Parser parser, String markdown) {
        return html.render(parser.parse(markdown));
    }
}
