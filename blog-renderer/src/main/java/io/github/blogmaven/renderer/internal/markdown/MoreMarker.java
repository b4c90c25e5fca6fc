package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's excerpt marker {@code <!-- more -->}.
 *
 * <p>Hexo looks for {@code /<!-- ?more ?-->/i} once in the rendered HTML. Markdown escapes {@code <} everywhere
 * except in raw HTML, so the marker can only come from a raw HTML node; finding that node in the AST instead of
 * searching the HTML lets the excerpt end on a block boundary. Any whitespace is allowed around {@code more}.
 * A marker inside a footnote is ignored: footnotes render after the body, where no excerpt can end.
 */
final class MoreMarker {
    static final Pattern MARKER = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
    static final String REPLACEMENT = "<span id=\"more\"></span>";

    private MoreMarker() {
    }

    /** The first raw HTML node holding the marker, in document order, or {@code null}. */
    static Node find(Document document) {
        return find((Node) document);
    }

    private static Node find(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock) {
                continue;
            }
            if (isRawHtml(child) && MARKER.matcher(rawHtml(child)).find()) {
                return child;
            }
            Node found = find(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
    }

    /** The HTML a raw node renders as, as flexmark's core renderer takes it. */
    static String rawHtml(Node node) {
        return (node instanceof HtmlBlock block ? block.getContentChars() : node.getChars()).normalizeEOL();
    }

    /**
     * The raw HTML of {@code node} as the output being rendered needs it: unchanged unless {@code node} holds the
     * document's marker, then only what precedes it in an excerpt, or the marker replaced in the page.
     */
    static String forOutput(Node node, String raw, Document document) {
        if (DocumentState.MORE_MARKER.get(document) != node) {
            return raw;
        }
        return Boolean.TRUE.equals(DocumentState.RENDERING_EXCERPT.get(document)) ? before(raw) : replaceFirst(raw);
    }

    /** {@code html} with its first marker replaced by {@code <span id="more"></span>}. */
    static String replaceFirst(String html) {
        return MARKER.matcher(html).replaceFirst(Matcher.quoteReplacement(REPLACEMENT));
    }

    /** The part of {@code html} before its first marker. */
    static String before(String html) {
        Matcher matcher = MARKER.matcher(html);
        return matcher.find() ? html.substring(0, matcher.start()) : html;
    }
}
