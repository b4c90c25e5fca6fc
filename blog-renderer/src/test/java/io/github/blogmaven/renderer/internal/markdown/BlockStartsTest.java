package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Block parsers asked only about lines that can start their block parse as flexmark's own")
class BlockStartsTest {
    private static final List<String> TOKENS = List.of("# ", "## ", "#", "=", "===\n", "-", "---\n", "- ", "* ",
            "+ ", "*", "***\n", "* * *\n", "_ _ _\n", "___", "1. ", "2) ", "10. ", "9. ", "1234567890. ", "```", "~~~",
            "```java\n", "> ", ">", "    ", "  ", "\t", "\n", "\n\n", "text", "中文", "<div>", "</div>", "[^1]: note",
            "- [ ] ", "`code`", "**bold**", "| a | b |\n|---|---|\n");

    private final HtmlRenderer html = HtmlRenderer.builder().build();
    private final Parser stock = Parser.builder().build();
    private final Parser filtered = filtered();
    private final Parser hexo = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(new HexoMarkdownExtension(false)))).build();

    @Test
    @DisplayName("the Hexo extension's replacements come in the order of the core factories they replace")
    void coreOrder() throws ReflectiveOperationException {
        List<Class<?>> expected = new ArrayList<>();
        for (CustomBlockParserFactory factory : factories(stock)) {
            expected.add(factory.getClass());
        }
        List<Class<?>> actual = new ArrayList<>();
        for (CustomBlockParserFactory factory : factories(hexo)) {
            Class<?> type = factory.getClass();
            actual.add(type.getPackageName().equals(BlockStarts.class.getPackageName()) ? type.getSuperclass() : type);
        }
        assertEquals(expected, actual);
    }

    @Test
    @DisplayName("random documents of block markers, text and indentation render the same")
    void sameAsStock() {
        for (String text : RandomMarkdown.documents(23, 5000, 40, TOKENS)) {
            assertEquals(html.render(stock.parse(text)), html.render(filtered.parse(text)), text);
        }
    }

    /** A parser with the block parser factories of the Hexo extension, and nothing else of it, for the core ones. */
    private static Parser filtered() {
        MutableDataSet options = new MutableDataSet().set(Parser.HTML_BLOCK_PARSER, false)
                .set(Parser.HEADING_PARSER, false).set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false).set(Parser.THEMATIC_BREAK_PARSER, false);
        return Parser.builder(options).customBlockParserFactory(new ReusedBlockParsers.HtmlBlocks())
                .customBlockParserFactory(new ReusedBlockParsers.Headings())
                .customBlockParserFactory(new BlockStarts.Lists())
                .customBlockParserFactory(new BlockStarts.FencedCode())
                .customBlockParserFactory(new BlockStarts.ThematicBreaks()).build();
    }

    @SuppressWarnings("unchecked")
    private static List<CustomBlockParserFactory> factories(Parser parser) throws ReflectiveOperationException {
        // flexmark keeps the resolved order to itself
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        return (List<CustomBlockParserFactory>) field.get(parser);
    }
}
