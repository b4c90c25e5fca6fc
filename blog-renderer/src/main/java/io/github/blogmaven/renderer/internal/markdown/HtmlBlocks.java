package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's HTML block parser, made once per parser instead of once per document. flexmark makes a new one for
 * every document, and the first line that starts with {@code <} (in a Hexo post, usually {@code <!-- more -->})
 * has it compile some twenty regular expressions: a few per cent of rendering a typical post.
 *
 * <p>It takes the place of the core one ({@link Parser#HTML_BLOCK_PARSER} off), keeping its position: it is the
 * core factory's subclass and so has the same dependencies. Sharing it between threads is safe: it holds only
 * its options and, once compiled, the patterns, which it publishes through a final field.
 */
final class HtmlBlocks extends HtmlBlockParser.Factory {
    private record Made(DataHolder options, BlockParserFactory factory) {
    }

    private volatile Made made;

    @Override
    public BlockParserFactory apply(DataHolder options) {
        Made last = made;
        if (last == null || last.options() != options) {
            last = new Made(options, super.apply(options));
            made = last;
        }
        return last.factory();
    }
}
