package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import java.util.function.Function;

/**
 * flexmark's HTML block and heading parsers, made once per parser instead of once per document. flexmark makes
 * new ones for every document, which compile regular expressions: the HTML block parser some twenty at the first
 * line that starts with {@code <} (in a Hexo post, usually {@code <!-- more -->}), the heading parser a few at
 * once; together a few per cent of rendering a typical post.
 *
 * <p>Each takes the place of the core one ({@link Parser#HTML_BLOCK_PARSER} and {@link Parser#HEADING_PARSER}
 * off), keeping its position: it is the core factory's subclass and names the same dependencies
 * ({@link BlockStarts#replaced}). Sharing one between threads is safe: it holds only its options and its
 * patterns, which it publishes through final fields.
 */
final class ReusedBlockParsers {
    private ReusedBlockParsers() {
    }

    /** The HTML block parser's factory, one per parser. */
    static final class HtmlBlocks extends HtmlBlockParser.Factory {
        private final Reused reused = new Reused(super::apply);

        @Override
        public Set<Class<?>> getAfterDependents() {
            return BlockStarts.replaced(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return BlockStarts.replaced(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return reused.apply(options);
        }
    }

    /** The heading parser's factory, one per parser, asked only about lines that can start a heading. */
    static final class Headings extends HeadingParser.Factory {
        private final Reused reused = new Reused(options -> BlockStarts.filter(super.apply(options), BlockStarts.HEADING));

        @Override
        public Set<Class<?>> getAfterDependents() {
            return BlockStarts.replaced(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return BlockStarts.replaced(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return reused.apply(options);
        }
    }

    /** The factory made for the last options seen: a parser's documents all come with the parser's options. */
    static final class Reused {
        private record Made(DataHolder options, BlockParserFactory factory) {
        }

        private final Function<DataHolder, BlockParserFactory> make;
        private volatile Made made;

        Reused(Function<DataHolder, BlockParserFactory> make) {
            this.make = make;
        }

        BlockParserFactory apply(DataHolder options) {
            Made last = made;
            if (last == null || last.options() != options) {
                last = new Made(options, make.apply(options));
                made = last;
            }
            return last.factory();
        }
    }
}
