package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Descendants come in flexmark's order")
class DescendantsTest {
    private static final List<String> PIECES = List.of("text", "**b**", "*e*", "`c`", "[l](/a)", "![i](b.png)",
            "\n", "\n\n", "- ", "> ", "1. ", "# ", "    ", "```\ncode\n```\n", "<div>x</div>\n", "| a |\n|---|\n");

    @Test
    @DisplayName("every node of random documents, and of their blocks, in the order of Node.getDescendants")
    void sameAsFlexmark() {
        Parser parser = Parser.builder().build();
        for (String markdown : RandomMarkdown.documents(13, 2000, 40, PIECES)) {
            Node document = parser.parse(markdown);
            assertEquals(list(document.getDescendants()), list(Descendants.of(document)), markdown);
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                assertEquals(list(block.getDescendants()), list(Descendants.of(block)), markdown);
            }
        }
    }

    @Test
    @DisplayName("the blocks of random documents: every node not inside an inline node, a paragraph or a heading")
    void blocks() {
        Parser parser = Parser.builder().build();
        int inside = 0;
        for (String markdown : RandomMarkdown.documents(17, 2000, 40, PIECES)) {
            Node document = parser.parse(markdown);
            List<Node> expected = new ArrayList<>();
            for (Node node : Descendants.of(document)) {
                if (outsideInlineContent(node, document)) {
                    expected.add(node);
                } else {
                    inside++;
                }
            }
            assertEquals(expected, list(Descendants.blocks(document)), markdown);
        }
        assertTrue(inside > 10_000, inside + " nodes passed over");
    }

    private static boolean outsideInlineContent(Node node, Node root) {
        for (Node up = node.getParent(); up != root; up = up.getParent()) {
            if (!(up instanceof Block) || up instanceof Paragraph || up instanceof Heading) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> list(Iterable<Node> nodes) {
        List<Node> all = new ArrayList<>();
        nodes.forEach(all::add);
        return all;
    }
}
