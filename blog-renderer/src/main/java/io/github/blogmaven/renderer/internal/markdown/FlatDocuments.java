package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses a flat document into the tree flexmark's parser makes of it, without flexmark's document parser: a
 * document made only of paragraphs, GFM tables, ATX headings, fenced code blocks and one-line HTML comments such as
 * {@code <!-- more -->}, as most posts are. flexmark's document parser hands every line to each open block and asks
 * its block parsers about it through general machinery, several objects a line, a tenth of a build's work; here
 * each line of a flat document is told by its first characters, the blocks are made as flexmark's block parsers
 * make them, paragraphs starting with a table row go to the tables extension's pre-processor, their text to the
 * parser's own inline parser, and the document to the one post-processor the renderer's parser has
 * ({@link PlainTextAutolinks}), as flexmark's parser hands them on. Rendering the Markdown of 10,000 generated
 * posts takes about 40 % less time.
 *
 * <p>Lists, quotes and the other blocks whose lines are not certain from these rules alone (indented lines, setext
 * underlines, thematic breaks, HTML blocks; in bodies with math, lines starting with {@code $$}) are handed to
 * flexmark's parser as documents of their own, each a region from where no block is open to where every block it
 * opened is closed ({@code RegionScan}), with the paragraph before it, which it may interrupt, and its blocks take
 * their place: a post with one list no longer costs a whole flexmark parse (10,000 generated posts with a short list
 * at the end each: 17.0 to 15.0 s of CPU). A document with a line that may define a link reference or footnote, or
 * with a carriage return not followed by a line feed, or with blocks a region cannot tell apart, is left
 * to flexmark whole: {@link #parse} returns null before it makes a node. {@code FlatDocumentsTest} checks that both
 * make the same tree, node for node, segment for segment. Bodies with math ({@link MathExtension}) are parsed here
 * too, with the parser for them.
 */
final class FlatDocuments {
    private static final byte BLANK = 0;
    private static final byte PARAGRAPH = 1;
    private static final byte HEADING = 2;
    private static final byte FENCE = 3;
    private static final byte CODE = 4;
    private static final byte CLOSING_FENCE = 5;
    private static final byte COMMENT = 6;
    /** A line of a stretch of lists, quotes and other blocks handed to flexmark's parser as a document of its own. */
    private static final byte REGION = 7;
    /** Characters between two regions below which they are parsed as one (see {@code Lines.joinRegions}). */
    private static final int REGION_GAP = 400;

    private final Parser parser;
    private final DataHolder options;
    /** The parser's inline parsers; null when its options make blocks other than as this makes them. */
    private final DirectInlineParser.Pool inlineParsers;
    /** Whether an HTML comment ends a paragraph ({@code Parser.HTML_COMMENT_BLOCKS_INTERRUPT_PARAGRAPH}). */
    private final boolean commentsInterrupt;
    /** The tables extension's paragraph pre-processor, made with the parser's options; null without tables. */
    private final ParagraphPreProcessor tables;
    /** Whether the parser reads TeX math ({@link MathExtension}), whose {@code $$} lines may open a block. */
    private final boolean math;

    /** For documents {@code parser} would parse: the same options, the same inline parsers. */
    FlatDocuments(Parser parser) {
        this.parser = parser;
        this.options = parser.getOptions();
        boolean asMadeHere = !Parser.FENCED_CODE_CONTENT_BLOCK.get(options) && !Parser.BLANK_LINES_IN_AST.get(options)
                && !Parser.TRACK_DOCUMENT_LINES.get(options) && !Parser.HTML_BLOCK_DEEP_PARSER.get(options);
        this.inlineParsers = asMadeHere ? DirectInlineParser.Pool.of(options) : null;
        this.commentsInterrupt = Parser.HTML_COMMENT_BLOCKS_INTERRUPT_PARAGRAPH.get(options);
        boolean hasTables = Parser.EXTENSIONS.get(options).stream().anyMatch(Tables.class::isInstance);
        this.tables = hasTables
                ? TableParagraphPreProcessor.Factory().apply(state(new MutableDataSet(options), null)) : null;
        this.math = Parser.EXTENSIONS.get(options).stream().anyMatch(MathExtension.class::isInstance);
    }

    /**
     * The tree flexmark's {@code parser.parse(input)} makes, when {@code input} is a flat document; else null. Also
     * null before the parser has parsed a document itself (its inline parsers are made as flexmark first made one).
     */
    Document parse(BasedSequence input) {
        if (inlineParsers == null) {
            return null;
        }
        DocumentText.Run text = DocumentText.run(input);
        Lines lines = Lines.of(text.chars(), text.start(), text.end(), commentsInterrupt, tables != null, math);
        if (lines == null) {
            return null;
        }
        DirectInlineParser inlines = inlineParsers.take();
        if (inlines == null) {
            return null;
        }
        Document document = new Document(options, input);
        inlines.initializeDocument(document);
        List<Block> withInlines = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        addBlocks(document, input, lines, withInlines, regions);
        if (lines.pipes) {
            ParserState state = state(document, inlines);
            for (Block block : withInlines) {
                if (block instanceof Paragraph paragraph && Tables.firstLineHasPipe(paragraph)) {
                    findTable(paragraph, state);
                }
            }
        }
        for (Block block : withInlines) {
            if (block.getParent() != null) {
                inlines.parse(block instanceof Heading heading ? heading.getText() : contentChars(block), block);
            }
        }
        inlines.finalizeDocument(document);
        PlainTextAutolinks.link(document);
        // After the autolinks: flexmark's parser has already given the regions' text theirs.
        for (Region region : regions) {
            Document parsed = parser.parse(input.subSequence(region.start, region.end));
            for (Node block = parsed.getFirstChild(); block != null; block = parsed.getFirstChild()) {
                region.place.insertBefore(block);
            }
            region.place.unlink();
        }
        return document;
    }

    /**
     * Which lines of {@code markdown} flexmark's parser takes as regions, for tests that check where a region ends:
     * {@code R} for each such line and {@code .} for the others, or null when the document is left to flexmark.
     */
    String regionLines(String markdown) {
        char[] chars = markdown.toCharArray();
        Lines lines = Lines.of(chars, 0, chars.length, commentsInterrupt, tables != null, math);
        if (lines == null) {
            return null;
        }
        StringBuilder kinds = new StringBuilder(lines.count);
        for (int line = 0; line < lines.count; line++) {
            kinds.append(lines.kinds[line] == REGION ? 'R' : '.');
        }
        return kinds.toString();
    }

    /**
     * Where the blocks flexmark's parser makes of {@code input[start, end)} go: the lines of a region, which start
     * and end where every block is closed ({@link RegionScan}), so that parsing them alone makes the nodes the whole
     * document would have there.
     */
    private record Region(Node place, int start, int end) {
    }

    /** Holds a region's place in the document until its blocks are parsed. */
    private static final class RegionPlace extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * {@code block.getContentChars()}: flexmark joins a paragraph's lines through its sequence builder, a dozen
     * objects a paragraph, and gets back one piece of the input when none of them is indented (it leaves indentation
     * out); the unindented lines {@link #addBlocks} makes follow each other, so that piece is taken here directly.
     */
    private static BasedSequence contentChars(Block block) {
        if (!(block instanceof Paragraph paragraph)) {
            return block.getContentChars();
        }
        for (int indent : paragraph.getLineIndents()) {
            if (indent != 0) {
                return block.getContentChars();
            }
        }
        List<BasedSequence> lines = paragraph.getContentLines();
        BasedSequence first = lines.get(0);
        return first.getBaseSequence().subSequence(first.getStartOffset(), lines.get(lines.size() - 1).getEndOffset());
    }

    /** Makes the blocks of {@code lines}; the paragraphs and headings, whose text is parsed next, join the list. */
    private static void addBlocks(Document document, BasedSequence input, Lines lines, List<Block> withInlines,
            List<Region> regions) {
        BlockContent content = null;
        FencedCodeBlock code = null;
        for (int line = 0; line < lines.count; line++) {
            byte kind = lines.kinds[line];
            int start = lines.starts[line];
            if (kind == REGION) {
                // a region starts where no block is open (a paragraph before it is taken into it)
                while (line + 1 < lines.count && lines.kinds[line + 1] == REGION) {
                    line++;
                }
                RegionPlace place = new RegionPlace();
                document.appendChild(place);
                regions.add(new Region(place, start, lines.next(line)));
                continue;
            }
            // each line with its line end, as flexmark's block parsers take a line
            int next = lines.next(line);
            if (content != null && kind != PARAGRAPH && kind != CODE) {
                if (code != null) {
                    code.setClosingMarker(input.subSequence(start, start + 3));
                    closeCode(code, content);
                    code = null;
                    content = null;
                    continue;
                }
                Paragraph paragraph = new Paragraph();
                paragraph.setContent(content);
                paragraph.setTrailingBlankLine(kind == BLANK);
                document.appendChild(paragraph);
                withInlines.add(paragraph);
                content = null;
            }
            switch (kind) {
                case PARAGRAPH -> {
                    if (content == null) {
                        content = new BlockContent();
                    }
                    int indent = lines.spaces(start);
                    if (indent == 0) {
                        content.add(input.subSequence(start, next), 0);
                    } else {
                        BasedSequence text = input.subSequence(start + indent, next);
                        content.add(PrefixedSubSequence.repeatOf(' ', indent, text), indent);
                    }
                }
                case CODE -> content.add(input.subSequence(start, next), 0);
                case HEADING -> {
                    Heading heading = new Heading();
                    int level = lines.level(line);
                    int textStart = start + level + lines.spaces(start + level);
                    heading.setLevel(level);
                    heading.setOpeningMarker(input.subSequence(start, start + level));
                    heading.setText(input.subSequence(textStart, lines.textEnd(line)));
                    heading.setClosingMarker(null);
                    heading.setCharsFromContent();
                    document.appendChild(heading);
                    withInlines.add(heading);
                }
                case FENCE -> {
                    code = new FencedCodeBlock();
                    code.setOpeningMarker(input.subSequence(start, start + 3));
                    document.appendChild(code);
                    content = new BlockContent();
                    content.add(input.subSequence(start + 3, next), 0);
                }
                case COMMENT -> {
                    HtmlCommentBlock comment = new HtmlCommentBlock();
                    BlockContent commentContent = new BlockContent();
                    commentContent.add(input.subSequence(start, next), 0);
                    comment.setContent(commentContent);
                    document.appendChild(comment);
                }
                default -> {
                    // a blank line ends a paragraph, and is no node
                }
            }
        }
        if (content != null) {
            Paragraph paragraph = new Paragraph();
            paragraph.setContent(content);
            document.appendChild(paragraph);
            withInlines.add(paragraph);
        }
    }

    /**
     * flexmark's {@code DocumentParser.preProcessParagraph} for the tables' pre-processor, which flexmark runs in a
     * stage of its own, once for each paragraph, before any inline parsing: a table that starts the paragraph takes
     * its place, or the lines it takes from it; a paragraph left with no text goes.
     */
    private void findTable(Paragraph paragraph, ParserState state) {
        int pos = tables.preProcessBlock(paragraph, state);
        if (pos <= 0) {
            return;
        }
        BasedSequence blockChars = paragraph.getChars();
        BasedSequence contentChars = blockChars.subSequence(
                pos + blockChars.countLeading(CharPredicate.WHITESPACE, pos, blockChars.length()));
        if (contentChars.isBlank()) {
            paragraph.unlink();
            return;
        }
        int lineCount = paragraph.getLineCount();
        int line = 0;
        while (line < lineCount && paragraph.getLineChars(line).getEndOffset() <= contentChars.getStartOffset()) {
            line++;
        }
        if (line >= lineCount) {
            paragraph.unlink();
            return;
        }
        // (flexmark's branch for a line ending where the text left starts is never taken: the loop passes it)
        List<BasedSequence> rest = new ArrayList<>(paragraph.getContentLines().subList(line, lineCount));
        int start = contentChars.getStartOffset() - rest.get(0).getStartOffset();
        if (start > 0 && start < rest.get(0).length()) {
            rest.set(0, rest.get(0).subSequence(start));
        }
        paragraph.setContentLines(rest);
        paragraph.setLineIndents(Arrays.copyOfRange(paragraph.getLineIndents(), line, lineCount));
        paragraph.setChars(contentChars);
    }

    /**
     * What the tables' pre-processor reads of flexmark's parser state: the document's properties and the inline
     * parser; it reports the table it adds, which nothing here tracks. Anything else it might ask fails.
     */
    private static ParserState state(MutableDataHolder properties, InlineParser inlines) {
        return (ParserState) Proxy.newProxyInstance(ParserState.class.getClassLoader(),
                new Class<?>[] {ParserState.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getProperties" -> properties;
                    case "getInlineParser" -> inlines;
                    case "blockAdded" -> null;
                    default -> throw new UnsupportedOperationException("ParserState." + method.getName());
                });
    }

    /** flexmark's {@code FencedCodeBlockParser.closeBlock}: the info string, the content, and its text node. */
    private static void closeCode(FencedCodeBlock code, BlockContent content) {
        List<BasedSequence> lines = content.getLines();
        BasedSequence info = lines.get(0);
        if (!info.isBlank()) {
            code.setInfo(info.trim());
        }
        BasedSequence chars = content.getSpanningChars();
        BasedSequence spanningChars = chars.baseSubSequence(chars.getStartOffset(), lines.get(0).getEndOffset());
        if (lines.size() > 1) {
            List<BasedSequence> segments = lines.subList(1, lines.size());
            code.setContent(spanningChars, segments);
            code.appendChild(new Text(SegmentedSequence.create(chars, segments)));
        } else {
            code.setContent(spanningChars, BasedSequence.EMPTY_LIST);
        }
        code.setCharsFromContent();
    }

    /**
     * A stretch of lines that starts with a block this class does not make (a list, a quote, indented code, a
     * thematic break, a setext heading, an HTML block, fenced code it cannot close), with the paragraph that block
     * may interrupt, and ends before a line that starts in the first column after a blank line. There every block it
     * opened is closed, whatever it was: a list item or indented code goes on only with indented lines; a quote, a
     * paragraph and most HTML blocks not after a blank line. If that line starts another such block, a region starts
     * again, and the two are parsed as one. The blocks a blank line does not end are tracked: fenced code (a fence
     * opened in the region must be closed first: in the first column, in a list item or indented, by a closing fence
     * indented as it is; in a quote, by the quote's end) and the HTML blocks that end at their end tag or closing
     * characters (taken as open until a line has them after the opening). A line that may open either while the other
     * is open leaves the whole document to flexmark (what looks like one may be one, if the other ended sooner), and
     * so does a line with {@code ]:}, which may define a link reference for the whole document.
     */
    private static final class RegionScan {
        /** The elements whose HTML block ends at their end tag, not at a blank line. */
        private static final String[] UNBOUNDED_ELEMENTS = {"script", "pre", "style", "textarea"};
        /** Stands for a fence in the region that makes the region go on to the end of the document. */
        private static final char TO_THE_END = 1;

        /** Whether the last line was blank. */
        private boolean afterBlank;
        /**
         * The character of the fenced code opened in the region and not closed yet, and its length; 0 for none.
         */
        private char fence;
        private int fenceLength;
        /**
         * The column of that fence when it was opened in a list item or indented, where only lines indented as far
         * are certainly its own; -1 when it was opened in the first column.
         */
        private int fenceColumn = -1;
        /**
         * Whether a line with a quote marker opened fenced code. It ends with the quote, at the first line that does
         * not start with one (fenced code does not continue a quote lazily); lines that do are its text or the
         * quote's, or after a blank line a new quote's, which nothing in it outlasts either.
         */
        private boolean quotedFence;
        /** What ends the HTML block opened in the region and not closed yet, in lower case; null for none. */
        private String htmlEnd;
        /** Whether the parser reads TeX math, whose blocks start with {@code $$}. */
        private final boolean math;
        /**
         * Whether a line since the last blank one started with a tag or (with math) {@code $$}: an HTML block or a
         * block of math may go on up to the next blank line, and hold what looks like a fence.
         */
        private boolean blockSinceBlank;

        RegionScan(boolean math) {
            this.math = math;
        }

        /** A region that starts in fenced code opened by three of {@code fence}, at the top level. */
        static RegionScan inFence(char fence, boolean math) {
            RegionScan region = new RegionScan(math);
            region.fence = fence;
            region.fenceLength = 3;
            return region;
        }

        /** Whether a region may start with the line that flat documents do not take. */
        static boolean mayStart(char[] chars, int start, int end) {
            int content = skipSpaces(chars, start, end);
            return content < end && chars[content] != '[';
        }

        /**
         * If the line's text may start an HTML block that a blank line does not end, what ends it: the end tag of
         * {@code <script}, {@code <pre}, {@code <style} and {@code <textarea}, the closing characters of a comment, a
         * declaration, CDATA or a processing instruction ({@code <!}, {@code <?}); else null. Any other HTML block
         * ends at a blank line. Conservative both ways: a name other parsers do not take still counts here.
         */
        private static String htmlEndOf(char[] chars, int content, int end) {
            if (content + 1 >= end || chars[content] != '<') {
                return null;
            }
            char next = chars[content + 1];
            if (next == '!') {
                boolean comment = content + 3 < end && chars[content + 2] == '-' && chars[content + 3] == '-';
                boolean data = content + 2 < end && chars[content + 2] == '[';
                return comment ? "-->" : data ? "]]>" : ">";
            }
            if (next == '?') {
                return "?>";
            }
            for (String name : UNBOUNDED_ELEMENTS) {
                if (startsWithTag(chars, content, end, name)) {
                    return "</" + name + ">";
                }
            }
            return null;
        }

        /** How many characters an HTML block's opening takes before its end may be looked for. */
        private static int openingLength(String htmlEnd) {
            return htmlEnd.equals("-->") ? 4 : 2;
        }

        /** Whether {@code text}, in lower case, is in {@code chars[from, end)}, in any case. */
        private static boolean containsIgnoringCase(char[] chars, int from, int end, String text) {
            for (int i = from; i + text.length() <= end; i++) {
                int k = 0;
                while (k < text.length() && Character.toLowerCase(chars[i + k]) == text.charAt(k)) {
                    k++;
                }
                if (k == text.length()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code <name} starts at {@code at}, in any case, then a space, a tab, {@code >} or nothing. */
        private static boolean startsWithTag(char[] chars, int at, int end, String name) {
            int after = at + 1 + name.length();
            if (after > end) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if (Character.toLowerCase(chars[at + 1 + k]) != name.charAt(k)) {
                    return false;
                }
            }
            return after == end || chars[after] == ' ' || chars[after] == '\t' || chars[after] == '>';
        }

        /** Whether the region ends before this line. */
        boolean ends(char[] chars, int start, int end) {
            if (fence != 0 || htmlEnd != null || !afterBlank || Lines.isBlank(chars, start, end)) {
                return false;
            }
            return chars[start] != ' ' && chars[start] != '\t';
        }

        /** Takes a line into the region; false if it holds what a region must not (see above). */
        boolean add(char[] chars, int start, int end) {
            if (Lines.isBlank(chars, start, end)) {
                afterBlank = true;
                blockSinceBlank = false;
                return true;
            }
            afterBlank = false;
            if (hasColonAfterBracket(chars, start, end)) {
                return false;
            }
            int content = skipSpaces(chars, start, end);
            if (quotedFence) {
                if (chars[content] == '>') {
                    return true; // the code's text, or the quote's
                }
                quotedFence = false; // the quote ended, and the code in it: the line is read as any other
            }
            // A fence is never tracked while an HTML block is, and the other way round.
            if (fence == TO_THE_END) {
                return true;
            }
            if (fence != 0 && fenceColumn >= 0) {
                addToIndentedFence(chars, start, end);
                return true;
            }
            if (fence != 0) {
                if (isClosing(chars, start, end)) {
                    fence = 0;
                }
                return true;
            }
            String opens = htmlEndOf(chars, content, end);
            int marker = afterContainerMarkers(chars, start, end);
            boolean fenceLike = Lines.isFence(chars, marker, end);
            if (htmlEnd != null) {
                // What looks like a fence or another such block in it may be one, if the block ended sooner.
                if (opens != null || fenceLike) {
                    return false;
                }
                if (containsIgnoringCase(chars, content, end, htmlEnd)) {
                    htmlEnd = null;
                }
                return true;
            }
            if (opens != null) {
                // looked for after the opening only: a block taken as open longer than it is only makes the region
                // longer
                if (!containsIgnoringCase(chars, Math.min(content + openingLength(opens), end), end, opens)) {
                    htmlEnd = opens;
                }
                return true;
            }
            if (fenceLike && !blockSinceBlank && isOpening(chars, marker, end)
                    && (marker == start || isListIndent(chars, start, marker))) {
                fence = chars[marker];
                fenceLength = run(chars, marker, end);
                fenceColumn = marker == start ? -1 : marker - start;
            } else if (fenceLike && Lines.has(chars, start, marker, '>')) {
                // In a quote, or not fenced code at all (an HTML block's text, indented code): either way nothing
                // it opened outlasts the quote.
                quotedFence = true;
            } else if (fenceLike) {
                // After a tag or $$ it may be an HTML block's or math's text, or fenced code if that block ended
                // sooner: its end is not certain from the lines alone, so the region goes on to the document's.
                fence = TO_THE_END;
            }
            blockSinceBlank |= marker < end && (chars[marker] == '<'
                    || math && chars[marker] == '$' && marker + 1 < end && chars[marker + 1] == '$');
            return true;
        }

        /**
         * Takes a line of fenced code opened at {@code fenceColumn} in a list item or indented, say a post's steps
         * with a command each. Whatever item holds it starts at that column or up to three before, so lines indented
         * at least as far stay in the item, and a closing fence indented exactly as far closes the code, whichever
         * the item; when the code is not fenced code at all but indented code or a paragraph's text, that line is
         * text too. A line indented less (which may end the item, or be the code's if no item holds it) or a closing
         * fence indented a little further (the code's own, or its closing fence in an item starting further in)
         * leaves the end uncertain: the region goes on to the document's. A mistake about which fence is open inside
         * an item would not matter: the line in the first column where a region ends closes the item and its code.
         */
        private void addToIndentedFence(char[] chars, int start, int end) {
            int indent = 0;
            while (start + indent < end && chars[start + indent] == ' ') {
                indent++;
            }
            if (indent < fenceColumn) {
                fence = TO_THE_END;
                return;
            }
            if (!closingFenceAt(chars, start + indent, end)) {
                return;
            }
            if (indent == fenceColumn) {
                fence = 0;
                fenceColumn = -1;
            } else if (indent <= fenceColumn + 3) {
                fence = TO_THE_END;
            }
        }

        /** Whether {@code chars[start, marker)} holds only spaces and list markers: no tab, no quote marker. */
        private static boolean isListIndent(char[] chars, int start, int marker) {
            for (int i = start; i < marker; i++) {
                if (chars[i] == '\t' || chars[i] == '>') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Where the line's text starts after any spaces, quote markers and list markers: a fence or HTML block there
         * may be in a quote or a list item.
         */
        private static int afterContainerMarkers(char[] chars, int start, int end) {
            int i = start;
            while (true) {
                while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
                    i++;
                }
                if (i >= end) {
                    return i;
                }
                char c = chars[i];
                int after = c == '>' ? i + 1 : c == '-' || c == '*' || c == '+' ? i + 1 : afterNumber(chars, i, end);
                if (after == i || c != '>' && after < end && chars[after] != ' ' && chars[after] != '\t') {
                    return i;
                }
                i = after;
            }
        }

        /** Past the digits and the {@code .} or {@code )} of an ordered list marker at {@code at}; else {@code at}. */
        private static int afterNumber(char[] chars, int at, int end) {
            int i = at;
            while (i < end && i - at < 9 && chars[i] >= '0' && chars[i] <= '9') {
                i++;
            }
            return i > at && i < end && (chars[i] == '.' || chars[i] == ')') ? i + 1 : at;
        }

        /** Whether fenced code starts at {@code start}: three or more of a fence character, no backtick after. */
        private static boolean isOpening(char[] chars, int start, int end) {
            int length = run(chars, start, end);
            return length >= 3 && !(chars[start] == '`' && Lines.has(chars, start + length, end, '`'));
        }

        /** Whether the line closes the fence: up to three spaces, then its closing fence. */
        private boolean isClosing(char[] chars, int start, int end) {
            int content = start;
            while (content < end && content - start < 3 && chars[content] == ' ') {
                content++;
            }
            return closingFenceAt(chars, content, end);
        }

        /** Whether the open fence's closing fence starts at {@code text}: as many of its characters or more, alone. */
        private boolean closingFenceAt(char[] chars, int text, int end) {
            int length = text < end ? run(chars, text, end) : 0;
            return length >= fenceLength && chars[text] == fence && Lines.isBlank(chars, text + length, end);
        }

        private static boolean hasColonAfterBracket(char[] chars, int start, int end) {
            for (int i = start; i + 1 < end; i++) {
                if (chars[i] == ']' && chars[i + 1] == ':') {
                    return true;
                }
            }
            return false;
        }

        private static int run(char[] chars, int at, int end) {
            int i = at;
            while (i < end && chars[i] == chars[at]) {
                i++;
            }
            return i - at;
        }

        private static int skipSpaces(char[] chars, int start, int end) {
            int i = start;
            while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
                i++;
            }
            return i;
        }
    }

    /** The lines of a flat document and the block each belongs to. Offsets are from the document's start. */
    private static final class Lines {
        /** The document's characters, which start at {@code from}. */
        private final char[] chars;
        private final int from;
        private final int length;
        /** Whether a paragraph's line has a {@code |}: it may start a table. */
        private boolean pipes;
        private int count;
        private byte[] kinds = new byte[64];
        private int[] starts = new int[64];
        /** Each line's end, before its line end. */
        private int[] ends = new int[64];

        private Lines(char[] chars, int from, int to) {
            this.chars = chars;
            this.from = from;
            this.length = to - from;
        }

        /**
         * The lines of {@code chars[from, to)}, or null if it is not a flat document; {@code commentsInterrupt}
         * whether an HTML comment ends a paragraph, {@code tables} whether paragraphs may hold tables, {@code math}
         * whether a line starting with {@code $$} may open a block of math.
         */
        static Lines of(char[] chars, int from, int to, boolean commentsInterrupt, boolean tables, boolean math) {
            Lines lines = new Lines(chars, from, to);
            byte previous = BLANK;
            RegionScan region = null;
            int start = from;
            while (start < to) {
                int end = start;
                while (end < to && chars[end] != '\n' && chars[end] != '\r') {
                    end++;
                }
                // a line ends with \n or \r\n (files saved on Windows); a \r alone is left to flexmark
                int eol = end == to ? 0 : chars[end] == '\n' ? 1 : end + 1 < to && chars[end + 1] == '\n' ? 2 : -1;
                if (eol < 0) {
                    return null;
                }
                if (region != null && region.ends(chars, start, end)) {
                    region = null;
                    previous = BLANK;
                }
                byte kind;
                if (region != null) {
                    kind = region.add(chars, start, end) ? REGION : -1;
                } else {
                    boolean inFence = previous == FENCE || previous == CODE;
                    kind = inFence ? inFence(chars, start, end)
                            : outside(chars, start, end, previous != PARAGRAPH || commentsInterrupt);
                    if (math && kind == PARAGRAPH && startsWithTwoDollars(chars, start, end)) {
                        kind = -1;
                    }
                    if (kind < 0 && inFence) {
                        // a fence-like line that is not exactly ``` (spaces after it, an indent, a longer run): the
                        // fenced code goes to a region, which knows when such a line closes it
                        region = lines.takeFence(math);
                        kind = region.add(chars, start, end) ? REGION : -1;
                    } else if (kind < 0 && RegionScan.mayStart(chars, start, end)) {
                        region = new RegionScan(math);
                        kind = region.add(chars, start, end) ? REGION : -1;
                        lines.takeParagraph(lines.count);
                    }
                }
                if (kind < 0) {
                    return null;
                }
                if (kind == PARAGRAPH && has(chars, start, end, '|')) {
                    if (!tables) {
                        return null;
                    }
                    lines.pipes = true;
                }
                lines.add(kind, start - from, end - from);
                previous = kind;
                start = end + eol;
            }
            if (previous == FENCE || previous == CODE) {
                lines.takeFence(math); // a fence still open at the end holds the rest of the document
            }
            lines.joinRegions();
            return lines;
        }

        /**
         * Takes the lines between two regions into them when they are few: flexmark's parser costs about as much to
         * start as a few hundred characters of paragraphs cost it more than they cost here. A region holds whole
         * blocks from where every block is closed to where every block is closed, so any run of them is one.
         */
        private void joinRegions() {
            int lastRegionLine = -1;
            for (int line = 0; line < count; line++) {
                if (kinds[line] != REGION) {
                    continue;
                }
                if (lastRegionLine >= 0 && lastRegionLine < line - 1
                        && starts[line] - starts[lastRegionLine + 1] < REGION_GAP) {
                    Arrays.fill(kinds, lastRegionLine + 1, line, REGION);
                }
                lastRegionLine = line;
            }
        }

        /** The kind of a line inside fenced code: content, or the fence that closes it; -1 if not certain. */
        private static byte inFence(char[] chars, int start, int end) {
            int indent = 0;
            while (indent < 4 && start + indent < end && chars[start + indent] == ' ') {
                indent++;
            }
            if (indent < 4 && isFence(chars, start + indent, end)) {
                return indent == 0 && end - start == 3 && chars[start] == '`' ? CLOSING_FENCE : -1;
            }
            return CODE;
        }

        /** The kind of a line outside fenced code; -1 if not certain. */
        private static byte outside(char[] chars, int start, int end, boolean commentStarts) {
            if (isBlank(chars, start, end)) {
                return BLANK;
            }
            int indent = 0;
            while (chars[start + indent] == ' ') {
                indent++;
            }
            if (indent > 0) {
                // the text of a paragraph's line may be indented by up to three spaces, flexmark's parser then
                // putting the spaces back before it
                return indent < 4 && outside(chars, start + indent, end, false) == PARAGRAPH ? PARAGRAPH : -1;
            }
            char first = chars[start];
            return switch (first) {
                case '\t', '>', '=', '+' -> -1;
                case '[' -> isDefinition(chars, start, end) ? -1 : PARAGRAPH;
                case '<' -> commentStarts && isComment(chars, start, end) ? COMMENT : -1;
                case '#' -> isHeading(chars, start, end) ? HEADING : -1;
                case '`' -> !isFence(chars, start, end) ? PARAGRAPH : isOpening(chars, start, end) ? FENCE : -1;
                case '~' -> isFence(chars, start, end) ? -1 : PARAGRAPH;
                case '-', '*', '_' -> startsListOrBreak(chars, start, end) ? -1 : PARAGRAPH;
                default -> first >= '0' && first <= '9' ? number(chars, start, end) : PARAGRAPH;
            };
        }

        /** Whether the line's text starts with {@code $$}, after at most three spaces. */
        private static boolean startsWithTwoDollars(char[] chars, int start, int end) {
            int i = start;
            while (i < end && i - start < 3 && chars[i] == ' ') {
                i++;
            }
            return i + 1 < end && chars[i] == '$' && chars[i + 1] == '$';
        }

        /** Whether the line is one HTML comment, {@code <!--} to {@code -->}. */
        private static boolean isComment(char[] chars, int start, int end) {
            return end - start >= 7 && chars[start + 1] == '!' && chars[start + 2] == '-' && chars[start + 3] == '-'
                    && chars[end - 3] == '-' && chars[end - 2] == '-' && chars[end - 1] == '>';
        }

        /**
         * Whether a line starting with {@code [} may define a link reference or a footnote: unless the bracket
         * closes on the line, with no bracket or backslash before, and no {@code :} follows, as in a link. A line
         * starting with {@code [^} always may: the footnotes extension takes any characters, brackets too, up to the
         * first {@code ]:} as a footnote's label ({@code [^1][r]: x} defines footnote {@code 1][r}).
         */
        private static boolean isDefinition(char[] chars, int start, int end) {
            if (start + 1 < end && chars[start + 1] == '^') {
                return true;
            }
            for (int i = start + 1; i < end; i++) {
                char c = chars[i];
                if (c == ']') {
                    return i + 1 < end && chars[i + 1] == ':' || i + 1 == end;
                }
                if (c == '[' || c == '\\') {
                    return true;
                }
            }
            return true;
        }

        /** {@code #} to {@code ######}, a space, and text without a tab that does not end with {@code #}. */
        private static boolean isHeading(char[] chars, int start, int end) {
            int level = 0;
            while (start + level < end && chars[start + level] == '#') {
                level++;
            }
            if (level > 6 || start + level == end || chars[start + level] != ' ') {
                return false;
            }
            int last = end - 1;
            while (chars[last] == ' ') {
                last--;
            }
            return last > start + level && chars[last] != '#' && !has(chars, start, end, '\t');
        }

        /** A fence of exactly three backticks and an info string without one. */
        private static boolean isOpening(char[] chars, int start, int end) {
            return !(start + 3 < end && chars[start + 3] == '`') && !has(chars, start + 3, end, '`');
        }

        /** Whether the line starts with three backticks or three tildes. */
        private static boolean isFence(char[] chars, int start, int end) {
            if (end - start < 3) {
                return false;
            }
            char c = chars[start];
            return (c == '`' || c == '~') && chars[start + 1] == c && chars[start + 2] == c;
        }

        /**
         * Whether a line starting with {@code -}, {@code *} or {@code _} may start a list item (the marker, then a
         * space, a tab or the line's end), or be a thematic break or a setext underline (only the marker, spaces
         * and tabs).
         */
        private static boolean startsListOrBreak(char[] chars, int start, int end) {
            char marker = chars[start];
            if (marker != '_' && (start + 1 == end || chars[start + 1] == ' ' || chars[start + 1] == '\t')) {
                return true;
            }
            for (int i = start + 1; i < end; i++) {
                char c = chars[i];
                if (c != marker && c != ' ' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** A paragraph's line that starts with digits, unless a {@code .} or {@code )} after them may make a list. */
        private static byte number(char[] chars, int start, int end) {
            int i = start;
            while (i < end && chars[i] >= '0' && chars[i] <= '9') {
                i++;
            }
            return i < end && (chars[i] == '.' || chars[i] == ')') ? -1 : PARAGRAPH;
        }

        private static boolean isBlank(char[] chars, int start, int end) {
            for (int i = start; i < end; i++) {
                if (chars[i] != ' ' && chars[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        private static boolean has(char[] chars, int start, int end, char c) {
            for (int i = start; i < end; i++) {
                if (chars[i] == c) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Makes the fenced code the last lines are, from its opening line, and the paragraph it may interrupt, a
         * region; returns that region, its fence open.
         */
        private RegionScan takeFence(boolean math) {
            int opening = count - 1;
            while (kinds[opening] != FENCE) {
                opening--;
            }
            takeParagraph(opening);
            Arrays.fill(kinds, opening, count, REGION);
            return RegionScan.inFence(chars[from + starts[opening]], math);
        }

        /** Makes the lines of the paragraph that ends before line {@code end}, if any, lines of a region. */
        private void takeParagraph(int end) {
            for (int line = end - 1; line >= 0 && kinds[line] == PARAGRAPH; line--) {
                kinds[line] = REGION;
            }
        }

        private void add(byte kind, int start, int end) {
            if (count == kinds.length) {
                int size = count * 2;
                kinds = Arrays.copyOf(kinds, size);
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
            }
            kinds[count] = kind;
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        /** The spaces at offset {@code at} of the document. */
        int spaces(int at) {
            int spaces = 0;
            while (chars[from + at + spaces] == ' ') {
                spaces++;
            }
            return spaces;
        }

        /** A heading's level: the {@code #} it starts with. */
        int level(int line) {
            int level = 0;
            while (chars[from + starts[line] + level] == '#') {
                level++;
            }
            return level;
        }

        /** Where a heading's text ends, before the spaces after it. */
        int textEnd(int line) {
            int end = ends[line];
            while (chars[from + end - 1] == ' ') {
                end--;
            }
            return end;
        }

        /** Where the line after {@code line} starts: past this one's line end, if it has one. */
        int next(int line) {
            return line + 1 < count ? starts[line + 1] : length;
        }
    }
}
