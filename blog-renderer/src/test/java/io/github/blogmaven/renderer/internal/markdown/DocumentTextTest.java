package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
    private static final List<String> PIECES = List.of("word ", "中文", "，", "\n", "\n\n", "  ", "   ", "\t", "> ",
            "- ", "1. ", "    ", "**", "`", "\u0000", "[a](/b)", "\r\n", "  \n", "\\\n", "# ", "é", "\uD83D\uDE00");

    @Test
    @DisplayName("text joined from several runs reads as flexmark reads it, segment by segment")
    void segmentedAsFlexmarkReadsIt() {
        Parser parser = Parser.builder(new MutableDataSet()).build();
        int segmented = 0;
        for (String markdown : RandomMarkdown.documents(29, 3000, 40, PIECES)) {
            Node document = parser.parse(BasedSequence.of(WorkBudget.of(markdown)));
            for (Node node : document.getDescendants()) {
                if (node instanceof ContentNode content) {
                    BasedSequence chars = content.getContentChars();
                    if (chars instanceof SegmentedSequence) {
                        segmented++;
                    }
                    assertEquals(chars.toString(), DocumentText.run(chars).toString(), markdown);
                    for (BasedSequence line : content.getContentLines()) {
                        assertEquals(line.toString(), DocumentText.run(line).toString(), markdown);
                    }
                }
            }
        }
        assertTrue(segmented > 1000, "segmented sequences met: " + segmented);
    }
}
