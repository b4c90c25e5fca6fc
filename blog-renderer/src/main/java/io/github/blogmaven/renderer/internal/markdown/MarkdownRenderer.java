package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders Markdown as Hexo's default renderer does. Immutable and thread-safe: build one per site.
 *
 * <p>The dialect is CommonMark with GFM tables, strikethrough, task lists, autolinks and footnotes; raw HTML
 * passes through. On top of flexmark: Hexo's {@code breaks}, heading ids and anchors, the {@code <!-- more -->}
 * excerpt, links resolved to URLs that work on every page (see {@link SiteLinks}), and Hexo's tag plugins
 * ({@link TagPass}), and TeX math where {@code math: true} ({@link MathExtension}). Not done: marked's
 * {@code smartypants} quotes and dashes.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    /** The parser for bodies with {@code math: true}. */
    private final Parser mathParser;
    private final HtmlRenderer htmlRenderer;
    private final Excerpts excerpts;

    public MarkdownRenderer(MarkdownOptions options) {
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                new HexoMarkdownExtension(options.breaks())));
        // GitHub's table rules: the delimiter row matches the header, short rows are filled, long rows cut
        flexmark.set(TablesExtension.COLUMN_SPANS, false);
        flexmark.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        flexmark.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        flexmark.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(flexmark).build();
        MutableDataSet withMath = new MutableDataSet(flexmark);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(flexmark));
        extensions.add(new MathExtension());
        withMath.set(Parser.EXTENSIONS, extensions);
        this.mathParser = Parser.builder(withMath).build();
        this.htmlRenderer = HtmlRenderer.builder(withMath).build();
        this.excerpts = new Excerpts(htmlRenderer, options.autoExcerptLength());
    }

    /**
     * Renders one document.
     *
     * @throws MarkdownTooComplexException if the document nests too deeply to render
     */
    public RenderedMarkdown render(MarkdownSource source) {
        try {
            return renderDocument(source);
        } catch (StackOverflowError e) {
            // Parsing and rendering recurse once per nesting level; thousands of levels must not kill the build.
            throw new MarkdownTooComplexException(source.sourcePath(), source.firstLine(), e);
        }
    }

    private RenderedMarkdown renderDocument(MarkdownSource source) {
        TagPass tags = TagPass.of(source, TagPlugins.HEXO, this::renderDocument);
        Document document = tags.parse((source.body().math() ? mathParser : parser)::parse);
        document.set(DocumentState.TAGS, tags);
        List<LinkUse> links = List.of();
        if (source.links() != null) {
            SiteLinks siteLinks = new SiteLinks(source.links());
            document.set(DocumentState.LINKS, siteLinks);
            links = LinkRecorder.of(document, source.firstLine(), siteLinks);
        }
        links = tags.links(links);
        Map<Node, Heading> headings = HeadingIds.assign(document);
        document.set(DocumentState.HEADINGS, headings);
        Node marker = MoreMarker.find(document);
        if (marker != null) {
            document.set(DocumentState.MORE_MARKER, marker);
        }
        String html = htmlRenderer.render(document);
        Excerpts.Excerpt excerpt = excerpts.cut(document, marker);
        return new RenderedMarkdown(html, excerpt.html(), excerpt.partial(), List.copyOf(headings.values()),
                links, tags.warnings(), tags.errors());
    }
}
