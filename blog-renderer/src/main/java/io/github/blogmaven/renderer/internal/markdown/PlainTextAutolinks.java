package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * GFM's autolinks of bare URLs, {@code www.} addresses and e-mail addresses in text, as flexmark's autolink
 * extension finds them, but only in text that can hold one: a URL needs a {@code :}, an address {@code www.}, an
 * e-mail address {@code @}. The extension runs its link finder over every text node of every post, about a tenth
 * of the time spent on a typical post's Markdown, though most text, Chinese text above all, has none.
 */
final class PlainTextAutolinks implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** flexmark's factory, for the nodes it registers, with a processor that first looks for a link's mark. */
    private static final class Factory extends AutolinkNodePostProcessor.Factory {
        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor finder = super.apply(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) {
                        finder.process(state, node);
                    }
                }
            };
        }
    }

    /** Whether {@code text} has a {@code :}, an {@code @} or a {@code www.}, without which it has no autolink. */
    static boolean mayHoldLink(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < length && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }
}
