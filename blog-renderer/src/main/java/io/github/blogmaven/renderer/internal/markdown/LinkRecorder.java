package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.blogmaven.renderer.internal.links.HtmlLinks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists the links and images of one parsed document with their line and column in the source file, for the
 * broken-link check: Markdown links and images (inline or by a defined reference) with the URL {@link SiteLinks}
 * resolves them to, and the {@code href} and {@code src} of raw HTML as written. Autolinks are always external.
 *
 * <p>This walks the tree rather than listening to the link resolver, because flexmark resolves each distinct URL
 * of a document once, so a second use of a broken URL would go unreported.
 */
final class LinkRecorder {
    private final Document document;
    private final int firstLine;
    private final int[] lineStarts;
    private final List<LinkUse> uses = new ArrayList<>();

    private LinkRecorder(Document document, int[] lineStarts, int firstLine) {
        this.document = document;
        this.firstLine = Math.max(1, firstLine);
        this.lineStarts = lineStarts;
    }

    /**
     * The links of {@code document}, in document order.
     *
     * @param lineStarts where the lines of the document's text start ({@link LineStarts})
     * @param firstLine the file line the document's first line is on
     */
    static List<LinkUse> of(Document document, int[] lineStarts, int firstLine, SiteLinks links) {
        LinkRecorder recorder = new LinkRecorder(document, lineStarts, firstLine);
        for (Node node : Descendants.of(document)) {
            if (node instanceof InlineLinkNode link) {
                recorder.markdown(Escapes.unescaped(link.getUrl()), node.getStartOffset(), links);
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    recorder.markdown(Escapes.unescaped(reference.getUrl()), node.getStartOffset(), links);
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                int start = node.getStartOffset();
                HtmlLinks.scan(node.getChars(), (url, offset, src) -> recorder.add(url, url, start + offset));
            }
        }
        return recorder.uses;
    }

    private void markdown(String written, int offset, SiteLinks links) {
        add(written, links.resolve(written), offset);
    }

    private void add(String written, String url, int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2; // the last line starting before the offset
        }
        uses.add(new LinkUse(written, url, firstLine + line, offset - lineStarts[line] + 1));
    }
}
