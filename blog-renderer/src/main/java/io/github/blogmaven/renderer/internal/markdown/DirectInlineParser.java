package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * flexmark's CommonMark inline parser, reading the text it parses from an array of its characters where flexmark
 * reads it through its sequences, several calls a character; and classifying a run of delimiters ({@code *},
 * {@code _}, {@code ~}) by the characters' Unicode categories instead of regular expressions. flexmark matches the
 * character on each side of every run against two patterns, with a new {@code Matcher} and a one-character
 * {@code String} each: 3 % of a build of Chinese posts, which bold many phrases. The classes are flexmark's own
 * ({@code Parsing.PUNCTUATION} and {@code Parsing.UNICODE_WHITESPACE_CHAR}); with the option for directional
 * punctuation, which the renderer does not set, flexmark's scan runs as before.
 */
final class DirectInlineParser extends CommonmarkInlineParser {
    /** What flexmark's scan takes for the side of a run at the start or end of the text. */
    private static final char LINE_END = '\n';
    private static final String LINE_END_TEXT = "\n";
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final int PUNCTUATION_CATEGORIES = 1 << Character.CONNECTOR_PUNCTUATION
            | 1 << Character.DASH_PUNCTUATION | 1 << Character.END_PUNCTUATION | 1 << Character.FINAL_QUOTE_PUNCTUATION
            | 1 << Character.INITIAL_QUOTE_PUNCTUATION | 1 << Character.OTHER_PUNCTUATION
            | 1 << Character.START_PUNCTUATION;

    /** The sequence {@link #chars} holds the characters of, the one last parsed. */
    private BasedSequence charsOf;
    private DocumentText.Run chars;

    /** Where this parser goes back when its document is done, for the parser's next document on any thread. */
    private final Queue<DirectInlineParser> idle;

    private DirectInlineParser(Settings settings, Queue<DirectInlineParser> idle) {
        super(settings.options(), settings.specialCharacters(), settings.delimiterCharacters(),
                settings.delimiterProcessors(), settings.linkRefProcessors(), settings.inlineParserExtensions());
        this.idle = idle;
    }

    /** Done with {@code document}: free for the next one. One whose parse failed is never handed back. */
    @Override
    public void finalizeDocument(Document document) {
        super.finalizeDocument(document);
        charsOf = null;
        chars = null;
        idle.offer(this);
    }

    /** What flexmark makes an inline parser with: the same for every document of one parser. */
    private record Settings(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
    }

    /**
     * The inline parsers of one flexmark parser. flexmark asks for a new inline parser for every document, and
     * making one reads its options and builds its tables (0.5 % of a build); a parser whose document is done is
     * handed to the next document instead, which {@code initializeDocument} and {@code parse} set it up for. A
     * document parsed while another is (a nested parse) gets a parser of its own.
     */
    static final class Pool {
        /** Where a parser's options hold its pool. */
        private static final NullableDataKey<Pool> KEY = new NullableDataKey<>("BLOG_MAVEN_INLINE_PARSERS");

        private final Queue<DirectInlineParser> idle = new ConcurrentLinkedQueue<>();
        /** What flexmark made the last new parser with; null until it first asked for one. */
        private volatile Settings settings;

        private Pool() {
        }

        /**
         * Makes the parser {@code builder} builds take its inline parsers from a pool of its own, which its options
         * hold ({@link #of}). flexmark leaves out the link reference definitions' pre-processor when the inline
         * parser is not its own, so this adds it back, as flexmark's options ask.
         */
        static void install(Parser.Builder builder) {
            Pool pool = new Pool();
            builder.set(KEY, pool);
            pool.installIn(builder);
        }

        /** The pool of the parser whose options are {@code parserOptions}; null if it has none. */
        static Pool of(DataHolder parserOptions) {
            return KEY.get(parserOptions);
        }

        private void installIn(Parser.Builder builder) {
            builder.customInlineParserFactory((options, special, delimiters, processors, linkRefs, extensions) -> {
                DirectInlineParser parser = idle.poll();
                if (parser != null) {
                    return parser;
                }
                Settings made = new Settings(options, special, delimiters, processors, linkRefs, extensions);
                settings = made;
                return new DirectInlineParser(made, idle);
            });
            if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
                builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
            }
        }

        /**
         * A parser for a document parsed without flexmark's document parser ({@link FlatDocuments}), made as
         * flexmark makes them; null before the pool's flexmark parser has parsed a document.
         */
        DirectInlineParser take() {
            DirectInlineParser parser = idle.poll();
            if (parser != null) {
                return parser;
            }
            Settings made = settings;
            return made == null ? null : new DirectInlineParser(made, idle);
        }
    }

    /**
     * The characters of the text being parsed, {@code input}, looked up once for each text and shared with the
     * inline extensions ({@link CodeSpans}): text that is not one piece of the document, as in a list item or a
     * quote, is copied character by character through flexmark's segment tree.
     */
    DocumentText.Run chars() {
        if (charsOf != input) {
            charsOf = input;
            chars = DocumentText.run(input);
        }
        return chars;
    }

    /** flexmark's: plain text up to the next character that may start something; false when there is none. */
    @Override
    protected boolean parseString() {
        DocumentText.Run run = chars();
        char[] text = run.chars();
        int offset = run.start();
        int begin = index;
        int end = begin + offset;
        // one past the highest special character (ASCII in practice): CJK text is plain without a lookup each
        int beyondSpecial = specialCharacters.length();
        while (end < run.end() && (text[end] >= beyondSpecial || !specialCharacters.get(text[end]))) {
            end++;
        }
        end -= offset;
        if (end == begin) {
            return false;
        }
        index = end;
        appendText(input, begin, end);
        return true;
    }

    /**
     * flexmark's: the text gathered since the last node becomes a text node. flexmark joins the pieces through a
     * sequence builder, which for pieces that follow one another in the document (nearly always one piece, the
     * run {@link #parseString} found) gives that run of the document: taken here at once.
     */
    @Override
    public boolean flushTextNode() {
        BasedSequence run = currentText == null ? null : oneRun(currentText);
        if (run == null) {
            return super.flushTextNode();
        }
        block.appendChild(new Text(run));
        currentText = null;
        return true;
    }

    /** The run of the document {@code pieces} make one after another, or null when they make none. */
    private static BasedSequence oneRun(List<BasedSequence> pieces) {
        BasedSequence first = pieces.get(0);
        if (!(first instanceof SubSequence)) {
            return null;
        }
        int end = first.getEndOffset();
        for (int i = 1; i < pieces.size(); i++) {
            BasedSequence piece = pieces.get(i);
            if (!(piece instanceof SubSequence) || piece.getBaseSequence() != first.getBaseSequence()
                    || piece.getStartOffset() != end) {
                return null;
            }
            end = piece.getEndOffset();
        }
        if (end == first.getStartOffset()) {
            return null;
        }
        return pieces.size() == 1 ? first : first.baseSubSequence(first.getStartOffset(), end);
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
        if (options.inlineDelimiterDirectionalPunctuations) {
            return super.parseDelimiters(processor, delimiter);
        }
        DocumentText.Run text = chars();
        int start = index;
        int length = text.length();
        int end = start;
        while (end < length && text.charAt(end) == delimiter) {
            end++;
        }
        int count = end - start;
        if (count < processor.getMinLength()) {
            return false;
        }
        char before = start == 0 ? LINE_END : text.charAt(start - 1);
        // flexmark reads past the end, and a NUL, as the end of the line
        char after = end == length || text.charAt(end) == '\0' ? LINE_END : text.charAt(end);
        boolean beforeIsWhitespace = isWhitespace(before);
        boolean afterIsWhitespace = isWhitespace(after);
        boolean beforeIsPunctuation = isPunctuation(before);
        boolean afterIsPunctuation = isPunctuation(after);
        boolean leftFlanking = !afterIsWhitespace
                && !(afterIsPunctuation && !beforeIsWhitespace && !beforeIsPunctuation);
        boolean rightFlanking = !beforeIsWhitespace
                && !(beforeIsPunctuation && !afterIsWhitespace && !afterIsPunctuation);
        String beforeText = text(before);
        String afterText = text(after);
        boolean canOpen = delimiter == processor.getOpeningCharacter()
                && processor.canBeOpener(beforeText, afterText, leftFlanking, rightFlanking, beforeIsPunctuation,
                        afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        boolean canClose = delimiter == processor.getClosingCharacter()
                && processor.canBeCloser(beforeText, afterText, leftFlanking, rightFlanking, beforeIsPunctuation,
                        afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        if (!canOpen && !canClose && processor.skipNonOpenerCloser()) {
            return false;
        }
        index = end;
        Text node = appendSeparateText(input.subSequence(start, end));
        lastDelimiter = new Delimiter(input, node, delimiter, canOpen, canClose, lastDelimiter, start);
        lastDelimiter.setNumDelims(count);
        if (lastDelimiter.getPrevious() != null) {
            lastDelimiter.getPrevious().setNext(lastDelimiter);
        }
        return true;
    }

    /**
     * flexmark's: spaces and tabs, then at most one line end and the spaces and tabs after it, as its pattern
     * {@code Parsing.SPNL} takes them, without the pattern: a link or image reads it two or three times.
     */
    @Override
    public boolean spnl() {
        int length = input.length();
        int at = skipSpacesAndTabs(index, length);
        if (at < length && (input.charAt(at) == '\n' || input.charAt(at) == '\r')) {
            at += input.charAt(at) == '\r' && at + 1 < length && input.charAt(at + 1) == '\n' ? 2 : 1;
            at = skipSpacesAndTabs(at, length);
        }
        index = at;
        return true;
    }

    private int skipSpacesAndTabs(int from, int length) {
        int at = from;
        while (at < length && (input.charAt(at) == ' ' || input.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * flexmark's, without first matching its pattern for a destination in angle brackets when the destination
     * does not start with one.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        if (linkDestinationParser == null || peek() == '<') {
            return super.parseLinkDestination();
        }
        BasedSequence destination = linkDestinationParser.parseLinkDestination(input, index);
        index += destination.length();
        return destination;
    }

    /** flexmark's, without matching its pattern when no title starts here (with a quote or a parenthesis). */
    @Override
    public BasedSequence parseLinkTitle() {
        char next = peek();
        return next == '"' || next == '\'' || next == '(' ? super.parseLinkTitle() : null;
    }

    private static String text(char c) {
        return c == LINE_END ? LINE_END_TEXT : String.valueOf(c);
    }

    /** {@code Parsing.UNICODE_WHITESPACE_CHAR}: {@code [\p{Zs}\t\r\n\f]}. */
    static boolean isWhitespace(char c) {
        return c == '\t' || c == '\r' || c == '\n' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** {@code Parsing.PUNCTUATION}: ASCII punctuation and Unicode's punctuation categories (P*). */
    static boolean isPunctuation(char c) {
        if (c < 128) {
            return ASCII_PUNCTUATION.indexOf(c) >= 0;
        }
        return (PUNCTUATION_CATEGORIES >> Character.getType(c) & 1) != 0;
    }
}
