package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashMap;
import java.util.Map;

/**
 * CommonMark code spans, found as flexmark's core finds them (a run of backticks, closed by the next run of the
 * same length; no closer leaves the run as text) and giving the same {@link Code} node, but without its regular
 * expressions.
 *
 * <p>flexmark looks for each closing run with a {@code Matcher} over the paragraph, and takes the match with
 * {@code toMatchResult()}, which copies the whole paragraph into a new {@code String} through flexmark's
 * segmented sequence, one character at a time: every backtick of a post cost a copy of its paragraph, a seventh
 * of the time of a typical post's Markdown. Here the paragraph is copied once and searched with
 * {@code String.indexOf}. A length for which no closer was found is remembered, so a paragraph full of unmatched
 * runs costs one search per distinct length, not one per run.
 */
final class CodeSpans implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineTrigger("`", Finder::new));
    }

    /** One per inline parser, so per document and thread; it keeps the text of the block being parsed. */
    private static final class Finder implements InlineTrigger.Parse {
        private BasedSequence input;
        private DocumentText.Run text;
        /** By run length: a position from which on the block has no run of that length. */
        private final Map<Integer, Integer> noCloserFrom = new HashMap<>();

        @Override
        public boolean parse(LightInlineParser parser) {
            if (parser.getOptions().codeSoftLineBreaks) {
                return false; // flexmark then splits the code into lines itself
            }
            BasedSequence block = parser.getInput();
            if (block != input) {
                input = block;
                text = parser instanceof DirectInlineParser direct ? direct.chars() : DocumentText.run(block);
                noCloserFrom.clear();
            }
            int open = parser.getIndex();
            int afterOpen = runEnd(open);
            int length = afterOpen - open;
            int close = closer(afterOpen, length);
            if (close < 0) {
                parser.setIndex(afterOpen);
                parser.appendText(block.subSequence(open, afterOpen));
                return true;
            }
            BasedSequence code = block.subSequence(afterOpen, close);
            Code node = new Code(block.subSequence(open, afterOpen), code, block.subSequence(close, close + length));
            node.appendChild(new Text(code));
            parser.appendNode(node);
            parser.setIndex(close + length);
            return true;
        }

        /** Where the next run of exactly {@code length} backticks from {@code from} starts, or -1. */
        private int closer(int from, int length) {
            Integer none = noCloserFrom.get(length);
            if (none != null && from >= none) {
                return -1;
            }
            for (int at = text.indexOf('`', from); at >= 0; ) {
                int end = runEnd(at);
                if (end - at == length) {
                    return at;
                }
                at = text.indexOf('`', end);
            }
            noCloserFrom.put(length, none == null ? from : Math.min(none, from));
            return -1;
        }

        private int runEnd(int start) {
            int end = start;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            return end;
        }
    }
}
