package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the excerpt of a rendered document, always on whole elements, so it is well-formed wherever a theme puts
 * it.
 *
 * <p>With a {@code <!-- more -->} marker the excerpt is everything before it, as in Hexo. A marker in the middle
 * of a paragraph, list or quote keeps the part of that element before the marker, closed properly (Hexo would
 * cut the HTML mid-element). A marker inside an author's raw HTML block keeps that raw HTML up to the marker, as
 * Hexo does. Without a marker the excerpt is the leading top-level blocks whose text reaches the configured
 * length (Hexo itself has no automatic excerpt).
 *
 * <p>Where the excerpt is whole leading blocks (a marker standing alone between blocks, or no marker), the page is
 * rendered once with {@link #END} where the excerpt ends, and both are cut from that HTML. Otherwise this runs after
 * the page is rendered: it cuts the document's AST and renders what is left.
 */
final class Excerpts {
    /** An excerpt and whether it leaves something out. */
    record Excerpt(String html, boolean partial) {
    }

    private final DocumentHtml html;
    private final int autoLength;

    Excerpts(DocumentHtml html, int autoLength) {
        this.html = html;
        this.autoLength = autoLength;
    }

    /**
     * Written into the page's HTML just before the marker's output when {@link #endsAtBlock} holds: what precedes
     * it is then exactly what rendering the excerpt on its own gives, so the excerpt costs a substring instead of a
     * second render (the usual Hexo post, whose {@code <!-- more -->} stands alone between paragraphs).
     */
    static final String END = "\uE000blog-maven:excerpt-end\uE000";

    /** A page's HTML and its excerpt, cut from it. */
    record Page(String html, Excerpt excerpt) {
    }

    /**
     * Whether the excerpt of {@code document} is everything rendered before {@code marker}: the marker is a
     * top-level raw HTML block with nothing before the marker in it.
     */
    static boolean endsAtBlock(Document document, Node marker) {
        return marker != null && marker.getParent() == document
                && MoreMarker.before(MoreMarker.rawHtml(marker)).isBlank();
    }

    /**
     * The page and excerpt from {@code html}, rendered with {@link #END} before the marker; null when the text
     * holds {@link #END} other than once (the document spelled it out itself), and the caller renders as usual.
     */
    static Page split(String html) {
        int end = html.indexOf(END);
        if (end < 0 || html.indexOf(END, end + 1) >= 0) {
            return null;
        }
        return cut(html, end, end + END.length(), true);
    }

    /** The page, {@code html} without {@code [at, after)}, and the excerpt, what precedes {@code at}, trimmed. */
    private static Page cut(String html, int at, int after, boolean partial) {
        String before = html.substring(0, at);
        return new Page(before + html.substring(after), new Excerpt(before.trim(), partial));
    }

    /** The excerpt of {@code document}, whose first marker node is {@code marker} ({@code null} for none). */
    Excerpt cut(Document document, Node marker) {
        document.set(DocumentState.RENDERING_EXCERPT, true);
        return marker == null ? automatic(document) : beforeMarker(document, marker);
    }

    private Excerpt beforeMarker(Document document, Node marker) {
        Node top = marker;
        while (top.getParent() != document) {
            top = top.getParent();
        }
        List<Node> blocks = new ArrayList<>();
        for (Node block : contentBlocks(document)) {
            if (block == top) {
                break;
            }
            blocks.add(block);
        }
        if (top != marker) {
            cutAfter(marker, top);
        }
        if (top == marker || hasContent(top)) {
            blocks.add(top);
        }
        return new Excerpt(render(document, blocks), true);
    }

    // Leaves in the top-level block only what precedes the marker. An inline marker goes too (it renders nothing
    // before itself), with the spaces that led up to it. (It never follows a line break: "<!--" starting a line
    // is an HTML block.)
    private static void cutAfter(Node marker, Node top) {
        for (Node node = marker; node != top; node = node.getParent()) {
            while (node.getNext() != null) {
                node.getNext().unlink();
            }
        }
        if (marker instanceof HtmlInlineBase) {
            Node previous = marker.getPrevious();
            marker.unlink();
            if (previous instanceof Text text) {
                text.setChars(text.getChars().trimEnd());
            }
        }
    }

    private static boolean hasContent(Node block) {
        if (!PlainText.of(block).isEmpty()) {
            return true;
        }
        for (Node node : Descendants.of(block)) {
            if (node instanceof Image || node instanceof ImageRef || MoreMarker.isRawHtml(node)) {
                return true;
            }
        }
        return false;
    }

    private Excerpt automatic(Document document) {
        Leading leading = leading(document);
        return new Excerpt(render(document, leading.blocks()), leading.partial());
    }

    /**
     * The page of {@code document}, which has no marker, and its automatic excerpt from one render: the excerpt
     * is whole leading blocks, so {@link #END} is written on a line of its own after them, then taken out of the
     * page with its line end. Null when the text holds {@link #END} itself, and the caller renders as usual.
     */
    Page automaticPage(Document document) {
        Leading leading = leading(document);
        ExcerptRoot.End end = new ExcerptRoot.End();
        if (leading.blocks().isEmpty()) {
            document.prependChild(end);
        } else {
            leading.blocks().get(leading.blocks().size() - 1).insertAfter(end);
        }
        String page;
        try {
            page = html.render(document);
        } finally {
            end.unlink();
        }
        int at = page.indexOf(END);
        int after = at + END.length();
        if (at < 0 || page.indexOf(END, after) >= 0 || !page.startsWith("\n", after)
                || at > 0 && page.charAt(at - 1) != '\n') {
            return null;
        }
        return cut(page, at, after + 1, leading.partial()); // the mark's line end goes with it
    }

    /** The leading blocks an automatic excerpt takes, and whether content follows them. */
    private record Leading(List<Node> blocks, boolean partial) {
    }

    // Whole top-level blocks until their text reaches the configured length.
    private Leading leading(Document document) {
        List<Node> blocks = contentBlocks(document);
        int length = 0;
        boolean content = false;
        int taken = 0;
        while (taken < blocks.size() && !(content && length >= autoLength)) {
            Node block = blocks.get(taken++);
            content |= !(block instanceof HtmlCommentBlock);
            length += PlainText.length(PlainText.of(block));
        }
        boolean partial = blocks.subList(taken, blocks.size()).stream()
                .anyMatch(block -> !(block instanceof HtmlCommentBlock));
        return new Leading(List.copyOf(blocks.subList(0, taken)), partial);
    }

    // Top-level blocks that render where they stand: reference definitions render nothing, footnotes render last.
    private static List<Node> contentBlocks(Document document) {
        List<Node> blocks = new ArrayList<>();
        for (Node block : document.getChildren()) {
            if (!(block instanceof Reference) && !(block instanceof FootnoteBlock)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private String render(Document document, List<Node> blocks) {
        ExcerptRoot root = new ExcerptRoot();
        for (Node block : List.copyOf(blocks)) {
            root.appendChild(block);
        }
        document.appendChild(root);
        return html.render(root).trim();
    }
}
