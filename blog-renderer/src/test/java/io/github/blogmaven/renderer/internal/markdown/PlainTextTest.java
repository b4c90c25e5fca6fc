package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A node's plain text is flexmark's collected text, whitespace collapsed")
class PlainTextTest {
    private static final List<String> PIECES = List.of("中文标题", "plain words", " ", "  ", "\t", "\n", "\n\n",
            "\r\n", "**b**", "*e*", "`c`", "[l](/a)", "![i](b.png)", "\\*", "\\", "&amp;", "&#x4e2d;", "&", "# ",
            "## ", "- ", "> ", "\u000b", "\f", "\u0001", "\u00a0", "\u3000", "<br>", "x", "a  b", " trailing ");

    @Test
    @DisplayName("every node of random documents, headings and paragraphs of one text node among them")
    void sameAsCollected() {
        Parser parser = Parser.builder().build();
        int onlyText = 0;
        for (String markdown : RandomMarkdown.documents(19, 3000, 20, PIECES)) {
            for (Node node : Descendants.of(parser.parse(BasedSequence.of(WorkBudget.of(markdown))))) {
                String collected = new TextCollectingVisitor().collectAndGetText(node);
                assertEquals(collected.replaceAll("\\s+", " ").trim(), PlainText.of(node), markdown);
                if (node.getFirstChild() instanceof Text && node.getFirstChild().getNext() == null) {
                    onlyText++;
                }
            }
        }
        assertTrue(onlyText > 2000, onlyText + " nodes of one text node");
    }
}
