package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs Hexo's Markdown behaviour into flexmark: CommonMark emphasis, Hexo line breaks and heading anchors, the
 * {@code <!-- more -->} marker, the HTML of tag plugins and links resolved for every page; and HTML blocks and
 * headings parsed without compiling their patterns again for every document, block parsers asked only about lines
 * that can start their block ({@link BlockStarts}), emphasis without regular expressions ({@link DirectInlineParser}).
 */
final class HexoMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final boolean breaks;

    HexoMarkdownExtension(boolean breaks) {
        this.breaks = breaks;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // replaced by EmphasisDelimiters below
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        // replaced by ReusedBlockParsers below
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        // replaced by BlockStarts below
        options.set(Parser.LIST_BLOCK_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new EmphasisDelimiters.Asterisk());
        builder.customDelimiterProcessor(new EmphasisDelimiters.Underscore());
        builder.customBlockParserFactory(new ReusedBlockParsers.HtmlBlocks());
        builder.customBlockParserFactory(new ReusedBlockParsers.Headings());
        builder.customBlockParserFactory(new BlockStarts.Lists());
        builder.customBlockParserFactory(new BlockStarts.FencedCode());
        builder.customBlockParserFactory(new BlockStarts.ThematicBreaks());
        DirectInlineParser.Pool.install(builder);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        options.set(HtmlRenderer.HARD_BREAK, SoftBreakRenderer.BREAK);
        // marked percent-encodes URLs (encodeURI) but keeps existing escapes; so does this option
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        // One of each for every document: they keep nothing of a document, and flexmark asks the factories again
        // for each one it renders. (flexmark orders factories by class, so each needs a lambda of its own.)
        NodeRenderer softBreaks = new SoftBreakRenderer(breaks);
        builder.nodeRendererFactory(options -> softBreaks);
        NodeRenderer text = new TextRenderer();
        builder.nodeRendererFactory(options -> text);
        NodeRenderer paragraphs = new ParagraphRenderer();
        builder.nodeRendererFactory(options -> paragraphs);
        NodeRenderer headings = new HeadingRenderer();
        builder.nodeRendererFactory(options -> headings);
        NodeRenderer moreMarkers = new MoreMarkerRenderer();
        builder.nodeRendererFactory(options -> moreMarkers);
        NodeRenderer tagPlaceholders = new TagPlaceholderRenderer();
        builder.nodeRendererFactory(options -> tagPlaceholders);
        NodeRenderer excerptRoots = new ExcerptRoot.Renderer();
        builder.nodeRendererFactory(options -> excerptRoots);
        NodeRenderer blockRuns = new BlockRuns();
        builder.nodeRendererFactory(options -> blockRuns);
        builder.linkResolverFactory(new SiteLinkResolver.Factory());
    }
}
