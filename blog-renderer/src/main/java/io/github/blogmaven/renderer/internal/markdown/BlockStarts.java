package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's heading, list, fenced code and thematic break parsers, asked about a line only when its first
 * non-blank character can start their block. flexmark asks each of them about every line of a document, and each
 * answers with a regular expression over the rest of the line, though nearly every line of a post starts with a
 * letter, a CJK character above all: 2.5 % of a build. The characters are those their patterns begin with
 * ({@code Parsing.ATX_HEADING} and {@code SETEXT_HEADING}, {@code LIST_ITEM_MARKER}, {@code OPENING_FENCE},
 * {@code THEMATIC_BREAK}); the list parser is asked about every line inside a list, where it also keeps track of
 * the lines its items handled.
 *
 * <p>Like those of {@link ReusedBlockParsers}, each is made once per parser: the list parser's reads some forty
 * options for every document, each read allocating through a path that C1 does not compile inline.
 *
 * <p>Each factory takes the place of the core one ({@code Parser.LIST_BLOCK_PARSER} and the others off), as its
 * subclass. flexmark orders block parsers by the classes their factories name as dependencies, and a core factory
 * names the core classes only; so every replacement, here and in {@link ReusedBlockParsers}, names its
 * replaced neighbours too ({@link #replaced}), and the parsers keep the core's order ({@code BlockStartsTest}).
 */
final class BlockStarts {
    static final String HEADING = "#=-";
    private static final String LIST = "-+*0123456789";
    private static final String FENCE = "`~";
    private static final String THEMATIC_BREAK = "*-_";

    /** The core factories replaced here and in {@link ReusedBlockParsers}, and their replacements. */
    private static final Map<Class<?>, Class<?>> REPLACEMENTS = Map.of(
            HeadingParser.Factory.class, ReusedBlockParsers.Headings.class,
            HtmlBlockParser.Factory.class, ReusedBlockParsers.HtmlBlocks.class,
            ListBlockParser.Factory.class, Lists.class,
            FencedCodeBlockParser.Factory.class, FencedCode.class,
            ThematicBreakParser.Factory.class, ThematicBreaks.class);

    private BlockStarts() {
    }

    /** {@code dependencies}, a core factory's, with the replacement of each replaced core factory added. */
    static Set<Class<?>> replaced(Set<Class<?>> dependencies) {
        if (dependencies == null) {
            return null;
        }
        Set<Class<?>> all = new HashSet<>(dependencies);
        for (Class<?> dependency : dependencies) {
            Class<?> replacement = REPLACEMENTS.get(dependency);
            if (replacement != null) {
                all.add(replacement);
            }
        }
        return all;
    }

    /** {@code factory}, passing over lines whose first non-blank character is not one of {@code starts}. */
    static BlockParserFactory filter(BlockParserFactory factory, String starts) {
        return (state, matched) -> canStart(state, starts) ? factory.tryStart(state, matched) : BlockStart.none();
    }

    /** Whether the line's first non-blank character, if any, is one of {@code starts}. */
    private static boolean canStart(ParserState state, String starts) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        return first >= line.length() || starts.indexOf(line.charAt(first)) >= 0;
    }

    /** The list parser's factory. */
    static final class Lists extends ListBlockParser.Factory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return replaced(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return replaced(super.getBeforeDependents());
        }

        private final ReusedBlockParsers.Reused reused = new ReusedBlockParsers.Reused(options -> {
            BlockParserFactory factory = super.apply(options);
            return (state, matched) -> inList(matched) || canStart(state, LIST) ? factory.tryStart(state, matched)
                    : BlockStart.none();
        });

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return reused.apply(options);
        }

        private static boolean inList(MatchedBlockParser matched) {
            BlockParser parser = matched.getBlockParser();
            return parser instanceof ListBlockParser || parser.getBlock().getAncestorOfType(ListBlock.class) != null;
        }
    }

    /** The fenced code block parser's factory. */
    static final class FencedCode extends FencedCodeBlockParser.Factory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return replaced(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return replaced(super.getBeforeDependents());
        }

        private final ReusedBlockParsers.Reused reused =
                new ReusedBlockParsers.Reused(options -> filter(super.apply(options), FENCE));

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return reused.apply(options);
        }
    }

    /** The thematic break parser's factory. */
    static final class ThematicBreaks extends ThematicBreakParser.Factory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return replaced(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return replaced(super.getBeforeDependents());
        }

        private final ReusedBlockParsers.Reused reused =
                new ReusedBlockParsers.Reused(options -> filter(super.apply(options), THEMATIC_BREAK));

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return reused.apply(options);
        }
    }
}
