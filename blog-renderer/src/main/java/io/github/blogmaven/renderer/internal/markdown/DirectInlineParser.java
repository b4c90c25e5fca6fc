package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

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
    private char[] chars;

    DirectInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /**
     * Makes {@code builder}'s parsers use this inline parser. flexmark leaves out the link reference definitions'
     * pre-processor when the inline parser is not its own, so this adds it back, as flexmark's options ask.
     */
    static void install(Parser.Builder builder) {
        builder.customInlineParserFactory(DirectInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }

    /** The characters of the text being parsed, {@code input}, copied once for each text. */
    private char[] chars() {
        if (charsOf != input) {
            charsOf = input;
            chars = DocumentText.of(input).toCharArray();
        }
        return chars;
    }

    /** flexmark's: plain text up to the next character that may start something; false when there is none. */
    @Override
    protected boolean parseString() {
        char[] text = chars();
        int begin = index;
        int end = begin;
        while (end < text.length && !specialCharacters.get(text[end])) {
            end++;
        }
        if (end == begin) {
            return false;
        }
        index = end;
        appendText(input, begin, end);
        return true;
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
        if (options.inlineDelimiterDirectionalPunctuations) {
            return super.parseDelimiters(processor, delimiter);
        }
        char[] text = chars();
        int start = index;
        int length = text.length;
        int end = start;
        while (end < length && text[end] == delimiter) {
            end++;
        }
        int count = end - start;
        if (count < processor.getMinLength()) {
            return false;
        }
        char before = start == 0 ? LINE_END : text[start - 1];
        // flexmark reads past the end, and a NUL, as the end of the line
        char after = end == length || text[end] == '\0' ? LINE_END : text[end];
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
