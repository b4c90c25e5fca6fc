package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.Pair;
import io.github.blogmaven.renderer.internal.links.HtmlLinks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the links and images of one document with their line and column in the source file. Markdown links
 * are recorded by {@link SiteLinkResolver} as they are resolved (once, however often the excerpt renders them
 * again); the {@code href} and {@code src} of raw HTML are found in the HTML nodes before rendering.
 */
final class LinkRecorder {
    private final Document document;
    private final int firstLine;
    private final Set<LinkUse> uses = new LinkedHashSet<>();

    /** @param firstLine the file line the document's first line is on */
    LinkRecorder(Document document, int firstLine) {
        this.document = document;
        this.firstLine = Math.max(1, firstLine);
    }

    /** Records a URL written at {@code offset} of the document. */
    void record(String written, String url, int offset) {
        Pair<Integer, Integer> at = document.lineColumnAtIndex(offset);
        uses.add(new LinkUse(written, url, firstLine + at.getFirst(), at.getSecond() + 1));
    }

    /** Records the URLs of every raw HTML block and inline tag of the document. */
    void recordRawHtml() {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                int start = node.getStartOffset();
                HtmlLinks.scan(node.getChars(), (url, offset, src) -> record(url, url, start + offset));
            }
        }
    }

    List<LinkUse> uses() {
        return new ArrayList<>(uses);
    }
}
