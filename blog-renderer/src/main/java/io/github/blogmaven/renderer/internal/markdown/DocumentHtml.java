package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the HTML of a document, or of an excerpt's root. A document whose blocks are all written here in one
 * piece, each on a line of its own as flexmark would write it (the paragraphs and headings {@link BlockRuns} joins,
 * the {@code <!-- more -->} marker, an automatic excerpt's end), is written without flexmark's renderer, which
 * sets up a renderer for every node type, a handler map and a writer for each document it renders: as much as 2 %
 * of a build, for posts most of which are such documents. Any other document goes to flexmark, its text held
 * ({@link HeldTexts}); so does one whose source holds the held texts' private-use characters, as the tests that
 * compare both ways rely on. Thread-safe: made once per Markdown renderer.
 */
final class DocumentHtml {
    private final HtmlRenderer renderer;
    private final HtmlRendererOptions options;
    private final boolean rendersLinks;
    /** Whether flexmark's core writes a fenced code block as its escaped text between two tags. */
    private final boolean writesCodeAsText;

    DocumentHtml(HtmlRenderer renderer) {
        this.renderer = renderer;
        this.options = new HtmlRendererOptions(renderer.getOptions());
        this.rendersLinks = !HtmlRenderer.DO_NOT_RENDER_LINKS.get(renderer.getOptions());
        this.writesCodeAsText = !Parser.FENCED_CODE_CONTENT_BLOCK.get(renderer.getOptions())
                && options.htmlBlockCloseTagEol;
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
        LinkWriting links = new DirectLinks(document);
        StringBuilder html = new StringBuilder();
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            boolean written = block.getClass() == FencedCodeBlock.class ? appendCode((FencedCodeBlock) block, html)
                    : appendLine(block, document, links, html);
            if (!written) {
                return null;
            }
            html.append('\n');
        }
        return html.toString();
    }

    // The kinds of block written here; each may still turn out to need flexmark.
    private boolean isWrittenHere(Node block, Node marker) {
        Class<?> type = block.getClass();
        return type == Paragraph.class || type == com.vladsch.flexmark.ast.Heading.class
                || type == ExcerptRoot.End.class || block == marker || type == FencedCodeBlock.class && writesCodeAsText;
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

    // A block's HTML where its renderer writes it between two line ends: false unless it is one line the writer
    // passes as it is.
    private static boolean appendLine(Node block, Document document, LinkWriting links, StringBuilder html) {
        int start = html.length();
        return appendOnePiece(block, document, links, html) && HeldTexts.passesUnchanged(html, start);
    }

    private static boolean appendOnePiece(Node block, Document document, LinkWriting links, StringBuilder html) {
        Class<?> type = block.getClass();
        if (type == Paragraph.class) {
            return ParagraphRenderer.append((Paragraph) block, links, html);
        }
        if (type == com.vladsch.flexmark.ast.Heading.class) {
            String heading = HeadingRenderer.html((com.vladsch.flexmark.ast.Heading) block, document);
            if (heading == null) {
                return false;
            }
            html.append(heading);
            return true;
        }
        if (type == ExcerptRoot.End.class) {
            html.append(Excerpts.END);
            return true;
        }
        if ((type == HtmlCommentBlock.class || type == HtmlBlock.class)
                && DocumentState.MORE_MARKER.get(document) == block && !TagPlaceholderRenderer.holdsTag(block, document)) {
            // what MoreMarkerRenderer writes: the marker's HTML, which ends its line itself when it ends with one
            String output = MoreMarkerRenderer.output(block, document);
            html.append(output, 0, output.endsWith("\n") ? output.length() - 1 : output.length());
            return true;
        }
        return false;
    }

    /** Links written as flexmark's context writes them for this renderer: one resolver, no attribute provider. */
    private final class DirectLinks implements LinkWriting {
        private final Document document;
        private final Map<LinkType, Map<String, ResolvedLink>> resolved = new HashMap<>();

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

        // flexmark's MainNodeRenderer.resolveLink, its resolvers being SiteLinkResolver alone
        @Override
        public ResolvedLink resolve(LinkType type, String url) {
            Map<String, ResolvedLink> ofType = resolved.computeIfAbsent(type, key -> new HashMap<>());
            ResolvedLink link = ofType.get(url);
            if (link == null) {
                link = new ResolvedLink(type, url, null);
                if (!url.isEmpty()) {
                    link = SiteLinkResolver.resolve(null, document, link);
                    if (options.percentEncodeUrls) {
                        link = link.withUrl(Escaping.percentEncodeUrl(link.getUrl()));
                    }
                }
                ofType.put(url, link);
            }
            return link;
        }

        @Override
        public Attributes attributes(Node node, MutableAttributes attributes) {
            return attributes;
        }
    }
}
