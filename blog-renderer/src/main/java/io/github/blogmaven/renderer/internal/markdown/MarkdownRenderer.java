package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Renders Markdown as Hexo's default renderer does. Immutable and thread-safe: build one per site.
 *
 * <p>The dialect is CommonMark with GFM tables, strikethrough, task lists, autolinks and footnotes; raw HTML
 * passes through. On top of flexmark: Hexo's {@code breaks}, heading ids and anchors, the {@code <!-- more -->}
 * excerpt, links resolved to URLs that work on every page (see {@link SiteLinks}), and Hexo's tag plugins
 * ({@link TagPass}), and TeX math where {@code math: true} ({@link MathExtension}). Not done: marked's
 * {@code smartypants} quotes and dashes.
 *
 * <p>No document can take the build down or hold it up. flexmark recurses once per nesting level and some of its
 * inline rules go quadratic, so a document is first looked over for such shapes ({@link MarkdownLimits}), then
 * rendered on its own thread with a known, large stack, within a {@link WorkBudget} of character reads, and
 * refused when it nests more than {@link #MAX_DEPTH} levels; any of these ends in a
 * {@link MarkdownTooComplexException} naming the file, never a {@code StackOverflowError}.
 */
public final class MarkdownRenderer {
    /** The deepest nesting of blocks and inlines rendered: far beyond real posts, well within the stack. */
    static final int MAX_DEPTH = 200;
    /** The stack of each render thread: enough for {@link #MAX_DEPTH} levels even in interpreted code. */
    public static final long STACK_BYTES = 64L * 1024 * 1024;

    private final Parser parser;
    /** Flat documents without math, parsed as {@link #parser} parses them, without its document parser. */
    private final FlatDocuments flatDocuments;
    /** The parser for bodies with {@code math: true}. */
    private final Parser mathParser;
    /** Flat documents with math, parsed as {@link #mathParser} parses them. */
    private final FlatDocuments flatMathDocuments;
    private final DocumentHtml html;
    private final Excerpts excerpts;

    public MarkdownRenderer(MarkdownOptions options) {
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(
                new Tables(),
                new SharedNodeRenderer.Strikethrough(),
                new SharedNodeRenderer.TaskLists(),
                new PlainTextAutolinks(),
                new CodeSpans(),
                FootnoteExtension.create(),
                new HexoMarkdownExtension(options.breaks())));
        // GitHub's table rules: the delimiter row matches the header, short rows are filled, long rows cut
        flexmark.set(TablesExtension.COLUMN_SPANS, false);
        flexmark.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        flexmark.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        flexmark.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Headings get Hexo's ids from HeadingIds; flexmark's own, made by another walk of every document, are unused.
        flexmark.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(flexmark).build();
        this.flatDocuments = new FlatDocuments(parser);
        MutableDataSet withMath = new MutableDataSet(flexmark);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(flexmark));
        extensions.add(new MathExtension());
        withMath.set(Parser.EXTENSIONS, extensions);
        this.mathParser = Parser.builder(withMath).build();
        this.flatMathDocuments = new FlatDocuments(mathParser);
        this.html = new DocumentHtml(HtmlRenderer.builder(withMath).build(), options.breaks());
        this.excerpts = new Excerpts(html, options.autoExcerptLength());
    }

    /**
     * Renders one document.
     *
     * @throws MarkdownTooComplexException if the document nests too deeply or needs too much work to render
     */
    public RenderedMarkdown render(MarkdownSource source) {
        FutureTask<RenderedMarkdown> task = new FutureTask<>(() -> renderBounded(source));
        Thread thread = startWithStack(task, "blog-maven-markdown");
        return outcome(task, thread, "rendering " + source.sourcePath());
    }

    /** Starts {@code task} on a daemon thread with a stack of {@link #STACK_BYTES}. */
    static Thread startWithStack(Runnable task, String name) {
        Thread thread = new Thread(null, task, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * What {@code task}, run by {@code thread}, returns, or what it throws, unchecked; {@code thread} is interrupted
     * when the caller is.
     */
    static <T> T outcome(FutureTask<T> task, Thread thread, String doing) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }

    /**
     * Renders one document on the calling thread, which must have a stack of at least {@link #STACK_BYTES}, such
     * as the workers of {@code Parallel.withStack(STACK_BYTES)}; {@link #render} starts such a thread for each
     * document, which costs more than rendering a typical post.
     *
     * @throws MarkdownTooComplexException if the document nests too deeply or needs too much work to render
     */
    public RenderedMarkdown renderInPlace(MarkdownSource source) {
        return renderBounded(source);
    }

    private RenderedMarkdown renderBounded(MarkdownSource source) {
        try {
            return renderDocument(source);
        } catch (WorkBudget.Exhausted e) {
            throw new MarkdownTooComplexException(source.sourcePath(), source.firstLine(), "it needs too much work to "
                    + "parse (long runs of unmatched brackets, backticks, emphasis markers or link syntax)", null);
        } catch (StackOverflowError e) {
            // Only reachable beyond MAX_DEPTH levels, which the stack is sized for, so the outcome is the same.
            throw new MarkdownTooComplexException(source.sourcePath(), source.firstLine(), "it nests more than "
                    + MAX_DEPTH + " levels deep (lists, quotes, brackets or emphasis inside one another)", null);
        }
    }

    private RenderedMarkdown renderDocument(MarkdownSource source) {
        String markdown = source.markdown() == null ? "" : source.markdown();
        char[] characters = markdown.toCharArray();
        String tooComplex = MarkdownLimits.check(characters);
        if (tooComplex != null) {
            throw new MarkdownTooComplexException(source.sourcePath(), source.firstLine(), tooComplex, null);
        }
        TagPass tags = TagPass.of(source, TagPlugins.HEXO, this::renderDocument);
        boolean math = source.body().math();
        // A document without tags is parsed as it is, from the characters already copied.
        Document document = tags.parse(text -> parse(BasedSequence.of(
                text == markdown ? WorkBudget.of(characters) : WorkBudget.of(text)), math));
        document.set(DocumentState.TAGS, tags);
        document.set(DocumentState.HELD_TEXTS, HeldTexts.forSource(characters));
        int depth = depth(document);
        if (depth > MAX_DEPTH) {
            throw new MarkdownTooComplexException(source.sourcePath(), source.firstLine(), "it nests more than "
                    + MAX_DEPTH + " levels deep (lists, quotes, brackets or emphasis inside one another)", null);
        }
        List<LinkUse> links = List.of();
        if (source.links() != null) {
            SiteLinks siteLinks = new SiteLinks(source.links());
            document.set(DocumentState.LINKS, siteLinks);
            links = LinkRecorder.of(document, tags.parsedLineStarts(), source.firstLine(), siteLinks);
        }
        links = tags.links(links);
        Map<Node, Heading> headings = HeadingIds.assign(document);
        document.set(DocumentState.HEADINGS, headings);
        Node marker = MoreMarker.find(document);
        if (marker != null) {
            document.set(DocumentState.MORE_MARKER, marker);
        }
        Excerpts.Page page = null;
        if (Excerpts.endsAtBlock(document, marker)) {
            document.set(DocumentState.MARKING_EXCERPT_END, true);
            page = Excerpts.split(html.render(document));
            document.set(DocumentState.MARKING_EXCERPT_END, false);
        } else if (marker == null) {
            page = excerpts.automaticPage(document);
        }
        if (page == null) {
            page = new Excerpts.Page(html.render(document), excerpts.cut(document, marker));
        }
        return new RenderedMarkdown(page.html(), page.excerpt().html(), page.excerpt().partial(),
                List.copyOf(headings.values()), links, tags.warnings(), tags.errors());
    }

    private Document parse(BasedSequence text, boolean math) {
        Document flat = (math ? flatMathDocuments : flatDocuments).parse(text);
        return flat != null ? flat : (math ? mathParser : parser).parse(text);
    }

    /** The parser of bodies without math, for tests that compare what it makes with {@link FlatDocuments}. */
    Parser parser() {
        return parser;
    }

    /** The parser of bodies with math, for the same tests. */
    Parser mathParser() {
        return mathParser;
    }

    /** The depth of the deepest node, counted without recursion. */
    static int depth(Node root) {
        int max = 0;
        int depth = 0;
        Node node = root;
        while (node != null) {
            max = Math.max(max, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return max;
    }
}
