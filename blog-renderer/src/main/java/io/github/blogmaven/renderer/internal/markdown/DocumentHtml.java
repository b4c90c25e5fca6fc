package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;

/**
 * Writes the HTML of a document, or of an excerpt's root. When every block is one written here exactly as flexmark
 * writes it (paragraphs and headings in one piece, as {@link BlockRuns} joins them, the {@code <!-- more -->}
 * marker, an automatic excerpt's end, fenced code, tables, raw HTML blocks, and quotes and lists of these), the
 * document is written without flexmark's renderer, which sets up a renderer for every node type, a handler map and
 * a writer for each document: 1.4 G instructions at 10,000 posts, most of which are such documents. Any other
 * document goes to flexmark, its text held ({@link HeldTexts}); so does one whose source holds the held texts'
 * private-use characters, which the tests that compare both ways rely on. Thread-safe: made once per Markdown
 * renderer.
 */
final class DocumentHtml {
    /** Besides letters and digits, what {@code Escaping.percentEncodeUrl} passes as it is (but {@code %}). */
    private static final String URL_CHARACTERS = ":/?#@!$&'()*+,;=-._~";

    private final HtmlRenderer renderer;
    private final HtmlRendererOptions options;
    private final boolean rendersLinks;
    /** Whether flexmark's core writes a fenced code block as its escaped text between two tags. */
    private final boolean writesCodeAsText;
    /** Whether flexmark's core writes raw HTML blocks as they are, each ending its line. */
    private final boolean writesRawHtml;
    /** Whether the tables extension writes a table's tags without a class or column spans. */
    private final boolean writesPlainTables;
    /** Hexo's {@code breaks}: a soft line break is a {@code <br>} ({@link SoftBreakRenderer}). */
    private final boolean breaks;
    private final ListOptions listOptions;

    /**
     * @param renderer flexmark's renderer, with Hexo's extension
     * @param breaks whether that extension writes a soft line break as {@code <br>}
     */
    DocumentHtml(HtmlRenderer renderer, boolean breaks) {
        this.renderer = renderer;
        this.breaks = breaks;
        this.options = new HtmlRendererOptions(renderer.getOptions());
        this.rendersLinks = !HtmlRenderer.DO_NOT_RENDER_LINKS.get(renderer.getOptions());
        this.writesCodeAsText = !Parser.FENCED_CODE_CONTENT_BLOCK.get(renderer.getOptions())
                && options.htmlBlockCloseTagEol;
        this.listOptions = ListOptions.get(renderer.getOptions());
        this.writesRawHtml = !options.suppressHtmlBlocks && !options.escapeHtmlBlocks
                && !options.suppressHtmlCommentBlocks && !options.escapeHtmlCommentBlocks
                && !options.sourceWrapHtmlBlocks && options.htmlBlockCloseTagEol;
        this.writesPlainTables = TablesExtension.CLASS_NAME.get(renderer.getOptions()).isEmpty()
                && !TablesExtension.COLUMN_SPANS.get(renderer.getOptions());
    }

    /** The HTML of {@code root}, a document or an excerpt's root, as flexmark's renderer writes it. */
    String render(Node root) {
        String html = direct(root);
        return html != null ? html : HeldTexts.render(renderer, root);
    }

    /** The HTML of {@code root} written here; null when flexmark writes it. */
    String direct(Node root) {
        Document document = root.getDocument();
        if (!rendersLinks || DocumentState.HELD_TEXTS.get(document) == null) {
            return null;
        }
        Node marker = DocumentState.MORE_MARKER.get(document);
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (!isWrittenHere(block, marker)) {
                return null; // before writing anything
            }
        }
        StringBuilder html = new StringBuilder();
        return appendBlocks(root, document, new DirectLinks(document), html) ? html.toString() : null;
    }

    // Each block of parent and its line end.
    private boolean appendBlocks(Node parent, Document document, InlineWriting links, StringBuilder html) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (!appendBlock(block, document, links, html)) {
                return false;
            }
            html.append('\n');
        }
        return true;
    }

    // A block without the line end after it.
    private boolean appendBlock(Node block, Document document, InlineWriting links, StringBuilder html) {
        Class<?> type = block.getClass();
        return type == FencedCodeBlock.class ? appendCode((FencedCodeBlock) block, html)
                : type == TableBlock.class ? appendTable((TableBlock) block, links, html)
                : type == BlockQuote.class ? appendQuote(block, document, links, html)
                : type == BulletList.class || type == OrderedList.class ? appendList(block, document, links, html)
                : type == HtmlBlock.class || type == HtmlCommentBlock.class ? appendRaw(block, document, html)
                : appendLine(block, document, links, html);
    }

    // The kinds of block written here; each may still turn out to need flexmark.
    private boolean isWrittenHere(Node block, Node marker) {
        Class<?> type = block.getClass();
        if (type == BlockQuote.class) {
            return block.getFirstChild() != null && allWrittenHere(block, marker);
        }
        if (type == BulletList.class || type == OrderedList.class) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item.getClass() != BulletListItem.class && item.getClass() != OrderedListItem.class
                        || !allWrittenHere(item, marker) || startsNoLine(item, marker)) {
                    return false;
                }
            }
            return true;
        }
        return type == Paragraph.class || type == com.vladsch.flexmark.ast.Heading.class
                || type == ExcerptRoot.End.class || block == marker || type == FencedCodeBlock.class && writesCodeAsText
                || type == TableBlock.class && writesPlainTables
                || (type == HtmlBlock.class && !block.hasChildren() || type == HtmlCommentBlock.class) && writesRawHtml;
    }

    /**
     * A raw HTML block as the core writes it, or as {@link MoreMarkerRenderer} writes the marker's: its text as it
     * is, preformatted, ending its line; false when it holds a tag's placeholder ({@link TagPlaceholderRenderer}'s)
     * or is empty (an excerpt's marker with nothing before it), which takes no line.
     */
    private static boolean appendRaw(Node block, Document document, StringBuilder html) {
        if (TagPlaceholderRenderer.holdsTag(block, document)) {
            return false;
        }
        String raw;
        if (DocumentState.MORE_MARKER.get(document) == block) {
            raw = MoreMarkerRenderer.output(block, document);
        } else {
            BasedSequence text = block instanceof HtmlBlock htmlBlock ? htmlBlock.getContentChars() : block.getChars();
            raw = text.normalizeEOL();
        }
        int end = raw.endsWith("\n") ? raw.length() - 1 : raw.length();
        html.append(raw, 0, end);
        return end > 0;
    }

    // An HTML comment block, the marker's among them, does not start a line of its own: in an item, where the line
    // holds <li>, it is written on it. Left to flexmark.
    private static boolean startsNoLine(Node item, Node marker) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child == marker || child.getClass() == HtmlCommentBlock.class) {
                return true;
            }
        }
        return false;
    }

    private boolean allWrittenHere(Node parent, Node marker) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!isWrittenHere(child, marker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The core's list: its tags on lines of their own around its items; an item's paragraph without {@code <p>}
     * where the list is tight, right after {@code <li>}, and any other block on lines of its own.
     */
    private boolean appendList(Node list, Document document, InlineWriting links, StringBuilder html) {
        String tag = list instanceof OrderedList ? "ol" : "ul";
        html.append('<').append(tag);
        if (list instanceof OrderedList ordered && listOptions.isOrderedListManualStart()
                && ordered.getStartNumber() != 1) {
            html.append(" start=\"").append(ordered.getStartNumber()).append('"');
        }
        html.append(">\n");
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!appendItem((ListItem) item, document, links, html)) {
                return false;
            }
            html.append('\n');
        }
        html.append("</").append(tag).append('>');
        return true;
    }

    private boolean appendItem(ListItem item, Document document, InlineWriting links, StringBuilder html) {
        if (!item.getMarkerSuffix().isEmpty()) {
            return false;
        }
        html.append("<li>");
        boolean lineStart = false;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph
                    && item.isParagraphWrappingDisabled(paragraph, listOptions, renderer.getOptions())) {
                int start = html.length();
                if (!PlainInlines.append(paragraph, links, html) || !HeldTexts.linesPassUnchanged(html, start)) {
                    return false;
                }
                lineStart = false;
                continue;
            }
            if (!lineStart) {
                html.append('\n');
            }
            if (!appendBlock(child, document, links, html)) {
                return false;
            }
            html.append('\n');
            lineStart = true;
        }
        html.append("</li>");
        return true;
    }

    /** The core's block quote: its tags on lines of their own around its blocks. */
    private boolean appendQuote(Node quote, Document document, InlineWriting links, StringBuilder html) {
        html.append("<blockquote>\n");
        if (!appendBlocks(quote, document, links, html)) {
            return false;
        }
        html.append("</blockquote>");
        return true;
    }

    /**
     * The tables extension's table: its tags and each row on a line of their own, the cells' content in one piece;
     * false for a caption, an empty section or a row the writer would not pass as it is.
     */
    private static boolean appendTable(TableBlock table, InlineWriting links, StringBuilder html) {
        html.append("<table>");
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            Class<?> type = section.getClass();
            if (type == TableSeparator.class) {
                continue;
            }
            String tag = type == TableHead.class ? "thead" : type == TableBody.class ? "tbody" : null;
            if (tag == null || section.getFirstChild() == null) {
                return false;
            }
            html.append("\n<").append(tag).append('>');
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                html.append('\n');
                if (row.getClass() != TableRow.class || !appendRow(row, links, html)) {
                    return false;
                }
            }
            html.append("\n</").append(tag).append('>');
        }
        html.append("\n</table>");
        return true;
    }

    private static boolean appendRow(Node row, InlineWriting links, StringBuilder html) {
        int start = html.length();
        html.append("<tr>");
        for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getClass() != TableCell.class) {
                return false;
            }
            TableCell cell = (TableCell) node;
            String tag = cell.isHeader() ? "th" : "td";
            html.append('<').append(tag);
            if (cell.getAlignment() != null) {
                html.append(" align=\"").append(cell.getAlignment().name().toLowerCase(Locale.ROOT)).append('"');
            }
            html.append('>');
            if (!PlainInlines.append(cell, links, html)) {
                return false;
            }
            html.append("</").append(tag).append('>');
        }
        html.append("</tr>");
        return HeldTexts.passesUnchanged(html, start);
    }

    /**
     * flexmark's core code block: {@code <pre><code class="language-x">}, the code escaped, the end tags, all written
     * as they are (the writer keeps preformatted text as it is given); false for a class that would need escaping.
     */
    private boolean appendCode(FencedCodeBlock block, StringBuilder html) {
        BasedSequence info = block.getInfo();
        String languageClass;
        if (info.isNotNull() && !info.isBlank()) {
            String language = block.getInfoDelimitedByAny(options.languageDelimiterSet).unescape();
            languageClass = options.languageClassMap.getOrDefault(language, options.languageClassPrefix + language);
        } else {
            languageClass = options.noLanguageClass.trim();
        }
        for (int i = 0; i < languageClass.length(); i++) {
            char c = languageClass.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c <= ' ') {
                return false;
            }
        }
        html.append("<pre><code");
        if (!languageClass.isEmpty()) {
            html.append(" class=\"").append(languageClass).append('"');
        }
        html.append('>').append(Escaping.escapeHtml(block.getContentChars().normalizeEOL(), false))
                .append("</code></pre>");
        return true;
    }

    // A block's HTML where its renderer writes it between two line ends: false unless each of its lines (a
    // paragraph's line breaks end lines) is one the writer passes as it is.
    private static boolean appendLine(Node block, Document document, InlineWriting links, StringBuilder html) {
        int start = html.length();
        if (block.getClass() == ExcerptRoot.End.class) {
            html.append(Excerpts.END);
            return true;
        }
        return BlockRuns.appendOnePiece(block, document, links, html) && HeldTexts.linesPassUnchanged(html, start);
    }

    /**
     * Whether {@code url} has only characters flexmark's percent-encoding leaves as they are, and no {@code %}
     * (which it checks): then encoding it, a regular expression over it, changes nothing.
     */
    private static boolean isEncoded(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || URL_CHARACTERS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Links written as flexmark's context writes them for this renderer: one resolver, no attribute provider. */
    private final class DirectLinks implements InlineWriting {
        private final Document document;

        DirectLinks(Document document) {
            this.document = document;
        }

        @Override
        public boolean doNotRenderLinks() {
            return false;
        }

        @Override
        public boolean isSuppressed(CharSequence url) {
            return options.suppressedLinks != null && options.suppressedLinks.matcher(url).matches();
        }

        // flexmark's MainNodeRenderer.resolveLink, its resolvers being SiteLinkResolver alone (SiteLinks keeps what
        // a document's URLs resolve to, so the renderer's own map of them is left out)
        @Override
        public ResolvedLink resolve(LinkType type, String url) {
            ResolvedLink link = new ResolvedLink(type, url, null);
            if (url.isEmpty()) {
                return link;
            }
            link = SiteLinkResolver.resolve(null, document, link);
            return options.percentEncodeUrls && !isEncoded(link.getUrl())
                    ? link.withUrl(Escaping.percentEncodeUrl(link.getUrl())) : link;
        }

        @Override
        public Attributes attributes(Node node, MutableAttributes attributes) {
            return attributes;
        }

        // SoftBreakRenderer's break, and the core's hard break: the option's text as it is
        @Override
        public String lineBreak(Node node) {
            if (node instanceof SoftLineBreak softBreak) {
                return SoftBreakRenderer.output(softBreak, breaks);
            }
            return options.sourcePositionParagraphLines ? null : options.hardBreak;
        }
    }
}
