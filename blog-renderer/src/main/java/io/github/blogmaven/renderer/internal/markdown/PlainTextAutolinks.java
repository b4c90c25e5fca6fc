package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * GFM's autolinks of bare URLs, {@code www.} addresses and e-mail addresses in text, as flexmark's autolink
 * extension finds them, but only in text that can hold one: a URL needs a {@code :}, an address {@code www.}, an
 * e-mail address {@code @} (or text that the finder reads with an entity after it, which may be one of those).
 * The extension runs its link finder over every text node of every post, about a tenth of the time spent on a
 * typical post's Markdown, though most text, Chinese text above all, has none.
 *
 * <p>It runs as a document post-processor that walks the document's text nodes itself. As a node post-processor
 * (how the extension registers it), it had flexmark classify every node of every document by type first, which
 * cost more than the link finding: it is the only node post-processor the build has.
 */
final class PlainTextAutolinks implements Parser.ParserExtension {
    /** The finder reports the nodes it adds; nothing here needs to know. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    link(document);
                    return document;
                }
            };
        }
    }

    /**
     * Makes links of the URLs and e-mail addresses in the text of {@code document}, as the extension's post-processor
     * does after flexmark's parser: for documents parsed without it ({@link FlatDocuments}).
     */
    static void link(Document document) {
        if (!mayHoldLinkOrEntity(document.getChars())) {
            // No text can hold a link, and none has an entity after it (typographic text, the other kind the finder
            // reads on with, comes from an extension the renderer does not have).
            return;
        }
        // Made for the first text that may hold a link: many posts have none, and making it reads the document's
        // options and sets up the link extractor.
        NodePostProcessor finder = null;
        // The text nodes as they are before any is split, in document order, as flexmark hands them; one the
        // finder took into a link with the text before it is gone, as flexmark's tracker knows.
        for (Node text : textNodes(document)) {
            if (text.getParent() != null && (mayHoldLink(text.getChars()) || joinsNext(text))) {
                if (finder == null) {
                    finder = new AutolinkNodePostProcessor.Factory().apply(document);
                }
                finder.process(UNTRACKED, text);
            }
        }
    }

    /**
     * Whether the finder reads {@code text} together with the nodes after it: an entity or typographic quote right
     * after it starts a run it reads as one, entities decoded ({@code &#64;} is an {@code @}), so such text is
     * always handed over.
     */
    private static boolean joinsNext(Node text) {
        Node next = text.getNext();
        return (next instanceof HtmlEntity || next instanceof TypographicText)
                && next.getChars().isContinuationOf(text.getChars());
    }

    /** The {@link Text} nodes under {@code root}, in document order, listed before the finder splits any. */
    private static List<Node> textNodes(Node root) {
        List<Node> texts = new ArrayList<>();
        for (Node node : Descendants.of(root)) {
            if (node instanceof Text) {
                texts.add(node);
            }
        }
        return texts;
    }

    /**
     * Whether {@code text} has a {@code :}, an {@code @} or a {@code www.} (any case), without which it has no
     * autolink. Its characters are read from the document at once ({@link DocumentText}): read one by one through
     * flexmark's sequences, the test cost several calls a character of every post's text.
     */
    static boolean mayHoldLink(BasedSequence text) {
        return scan(text, false);
    }

    /**
     * {@link #mayHoldLink}, or has an {@code &}: whether any text of a document with {@code source} needs the finder.
     */
    static boolean mayHoldLinkOrEntity(BasedSequence source) {
        return scan(source, true);
    }

    private static boolean scan(BasedSequence text, boolean orAmpersand) {
        DocumentText.Run run = DocumentText.run(text);
        char[] chars = run.chars();
        for (int i = run.start(); i < run.end(); i++) {
            char c = chars[i];
            if (c > '@') {
                continue; // above ':', '@' and '.': letters, CJK
            }
            if (c == ':' || c == '@' || c == '&' && orAmpersand
                    || c == '.' && i - run.start() >= 3 && isW(chars[i - 3]) && isW(chars[i - 2])
                    && isW(chars[i - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }
}
