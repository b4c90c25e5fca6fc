package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * TeX math for {@code math: true}: {@code $...$} inline, {@code $$...$$} display, also as a block of lines of its
 * own. The TeX reaches the page exactly as written (no emphasis, no escapes), HTML-escaped, in the markup pandoc
 * writes for MathJax and that KaTeX's auto-render and MathJax both find with their default settings:
 * {@code <span class="math inline">\(...\)</span>}, {@code <span class="math display">\[...\]</span>} inside a
 * paragraph and {@code <div class="math display">\[...\]</div>} for a block.
 *
 * <p>A {@code $} is math only by pandoc's rule: the opening {@code $} has a non-space right after it, the closing
 * one a non-space right before it and no digit right after it, and inline math holds no other {@code $}, so
 * {@code costs $5 and $10} stays text. {@code \$} is a dollar sign, also inside math. Code spans and blocks are
 * never math.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** A block of display math longer than this many lines is not looked for: the closing line would be too far. */
    private static final int MAX_BLOCK_LINES = 500;

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineTrigger("$", Inline::new));
        builder.customBlockParserFactory(new BlockFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Inline implements InlineTrigger.Parse {
        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            int n = input.length();
            boolean display = start + 1 < n && input.charAt(start + 1) == '$';
            int from = start + (display ? 2 : 1);
            if (from >= n || !display && Character.isWhitespace(input.charAt(from))) {
                return false;
            }
            for (int i = from; i < n; i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '$' && !display && !(i > from && closes(input, i, false))) {
                    return false; // "$5 and $10": a dollar that cannot close ends the try
                } else if (c == '$' && i > from && closes(input, i, display)) {
                    int end = i + (display ? 2 : 1);
                    parser.flushTextNode();
                    parser.getBlock().appendChild(new MathInline(input.subSequence(start, end),
                            input.subSequence(from, i).toString(), display));
                    parser.setIndex(end);
                    return true;
                }
            }
            return false;
        }

        private static boolean closes(BasedSequence input, int i, boolean display) {
            if (display) {
                return i + 1 < input.length() && input.charAt(i + 1) == '$';
            }
            boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
            return !Character.isWhitespace(input.charAt(i - 1)) && !digitAfter;
        }
    }

    private static final class BlockFactory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return MathExtension::tryStart;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    // A line starting with "$$" opens a block when a line ending with "$$" follows before a blank line; a line
    // "$$...$$" with no "$$" between is a block of one line.
    private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        BasedSequence line = state.getLine();
        String rest = line.subSequence(state.getNextNonSpaceIndex()).toString().stripTrailing();
        if (!rest.startsWith("$$")) {
            return BlockStart.none();
        }
        String after = rest.substring(2);
        int inner = after.indexOf("$$");
        MathBlockParser parser = new MathBlockParser(state.getLineWithEOL(), state.getIndent());
        if (inner >= 0) {
            if (inner != after.length() - 2 || after.substring(0, inner).isBlank()) {
                return BlockStart.none();
            }
            parser.tex.append(after, 0, inner);
            parser.finished = true;
        } else if (!closedLater(line.getBaseSequence(), line.getEndOffset())) {
            return BlockStart.none();
        } else {
            parser.tex.append(after);
        }
        return BlockStart.of(parser).atIndex(state.getLineEndIndex());
    }

    private static boolean closedLater(BasedSequence text, int from) {
        int start = from;
        for (int lines = 0; lines < MAX_BLOCK_LINES && start < text.length(); lines++) {
            int newline = text.indexOf('\n', start);
            if (newline == start && start == from) {
                start++; // the end of the opening line
                continue;
            }
            int end = newline < 0 ? text.length() : newline;
            String line = text.subSequence(start, end).toString();
            if (line.replace(">", "").isBlank()) {
                return false;
            }
            if (line.stripTrailing().endsWith("$$")) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static final class MathBlockParser extends AbstractBlockParser {
        private final MathBlock block = new MathBlock();
        private final BlockContent content = new BlockContent();
        private final StringBuilder tex = new StringBuilder();
        private boolean finished;

        MathBlockParser(BasedSequence openingLine, int indent) {
            content.add(openingLine, indent);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (finished) {
                return BlockContinue.none();
            }
            String line = state.getLine().subSequence(state.getIndex()).toString();
            String trimmed = line.stripTrailing();
            content.add(state.getLineWithEOL(), state.getIndent());
            tex.append('\n');
            if (trimmed.endsWith("$$")) {
                tex.append(trimmed, 0, trimmed.length() - 2);
                finished = true;
                return BlockContinue.finished();
            }
            tex.append(line);
            return BlockContinue.atIndex(state.getLineEndIndex());
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setContent(content);
            block.setTex(tex.toString());
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MathInline.class, this::inline),
                    new NodeRenderingHandler<>(MathBlock.class, this::block));
        }

        private void inline(MathInline node, NodeRendererContext context, HtmlWriter html) {
            html.raw(node.display()
                    ? "<span class=\"math display\">\\[" + HexoHtml.text(node.tex()) + "\\]</span>"
                    : "<span class=\"math inline\">\\(" + HexoHtml.text(node.tex()) + "\\)</span>");
        }

        private void block(MathBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.rawPre("<div class=\"math display\">\\[" + HexoHtml.text(node.tex()) + "\\]</div>");
            html.line();
        }
    }
}
