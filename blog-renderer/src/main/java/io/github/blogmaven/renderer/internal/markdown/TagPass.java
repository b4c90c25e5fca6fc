package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.blogmaven.model.ContentProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Hexo's tag plugins over one body the way Hexo does: before Markdown, each tag is swapped for an HTML comment
 * placeholder ({@code <!--tag￼N-->}, like Hexo's {@code <!--swig￼N-->}), so Markdown leaves it alone and places it
 * as Hexo's renderer places it (a tag alone on a line is a raw HTML block, one inside a paragraph stays inline);
 * {@link TagPlaceholderRenderer} writes each tag's HTML in its place. A tag's HTML is therefore never Markdown.
 *
 * <p>A placeholder that does not end up as raw HTML (inside an indented code block, say) is put back as written
 * and the body parsed again, so tags in code are text. {@code {% asset_path %}} and {@code {% post_path %}} in a
 * Markdown link destination ({@code ![](...)}) become their URL before Markdown, where a placeholder could not
 * live: there Hexo's output is broken, ours a working link.
 *
 * <p>Lines and columns of messages and links are those of the source file, whatever the placeholders did to the
 * text flexmark saw.
 */
final class TagPass {
    /** Marks a placeholder, as U+FFFC marks Hexo's. */
    static final char MARK = '\uFFFC';
    static final String OPEN = "<!--tag" + MARK;
    private static final String CLOSE = "-->";
    /** How often a body is parsed again to put misplaced tags back; each round puts back at least one. */
    private static final int MAX_ROUNDS = 4;
    // what precedes a link destination on its line: "](" or a reference definition's "[label]:"
    private static final Pattern DESTINATION = Pattern.compile("(\\]\\(\\s*<?|^ {0,3}\\[[^\\]]+\\]:[ \\t]*<?)$");
    private static final String UNKNOWN_HINT = "blog-maven runs Hexo's own tags (asset_img, asset_link, asset_path, "
            + "post_link, post_path, img, link, codeblock, blockquote, pullquote, raw, iframe, youtube, vimeo); "
            + "write out the HTML a theme's or plugin's tag made, or put {% raw %}...{% endraw %} around it to "
            + "show it as it is";

    private final MarkdownSource source;
    private final String original;
    private final int firstLine;
    private final SiteLinks siteLinks;
    private final TagPlugins plugins;
    private final Function<MarkdownSource, RenderedMarkdown> bodies;
    private final List<TagScanner.Found> found;
    private final int[] lineStarts;
    private final boolean[] literal;
    /** The text a tag is replaced with before Markdown, or {@code null} for a placeholder. */
    private final String[] inline;
    private final String[] outputs;
    private final boolean[] shownAsText;
    private final int[] expandedStarts;
    private final int[] expandedEnds;
    private final Map<Integer, Integer> placeholderAt = new HashMap<>();
    private String expanded;
    private int[] expandedLineStarts;
    private final List<LinkUse> links = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private final List<ContentProblem> errors = new ArrayList<>();

    private TagPass(MarkdownSource source, SiteLinks siteLinks, TagPlugins plugins,
            Function<MarkdownSource, RenderedMarkdown> bodies) {
        this.source = source;
        this.original = source.markdown() == null ? "" : source.markdown();
        this.firstLine = Math.max(1, source.firstLine());
        this.siteLinks = siteLinks;
        this.plugins = plugins;
        this.bodies = bodies;
        this.found = source.body().tagPlugins() ? TagScanner.scan(original, plugins.blockNames()) : List.of();
        this.lineStarts = LineStarts.of(original);
        int count = found.size();
        this.literal = new boolean[count];
        this.inline = new String[count];
        this.outputs = new String[count];
        this.shownAsText = new boolean[count];
        this.expandedStarts = new int[count];
        this.expandedEnds = new int[count];
        for (int i = 0; i < count; i++) {
            inline[i] = preview(i);
        }
    }

    /**
     * The tags of {@code source}.
     *
     * @param bodies renders the Markdown body of a block tag ({@code blockquote}), tags included
     */
    static TagPass of(MarkdownSource source, TagPlugins plugins, Function<MarkdownSource, RenderedMarkdown> bodies) {
        SiteLinks links = source.links() == null ? null : new SiteLinks(source.links());
        return new TagPass(source, links, plugins, bodies);
    }

    /** Where the lines of the text {@link #parse} gave the parser start: the body with its placeholders. */
    int[] parsedLineStarts() {
        return expandedLineStarts;
    }

    /** Parses the body with its tags swapped for placeholders, then renders every tag. */
    Document parse(Function<String, Document> parser) {
        if (found.isEmpty()) {
            expanded = original;
            expandedLineStarts = lineStarts;
            return parser.apply(original);
        }
        Document document;
        int round = 0;
        while (true) {
            expand();
            document = parser.apply(expanded);
            if (!putBackMisplaced(document)) {
                break;
            }
            if (++round == MAX_ROUNDS) {
                Arrays.fill(literal, true);
                expand();
                document = parser.apply(expanded);
                break;
            }
        }
        expandedLineStarts = LineStarts.of(expanded);
        evaluate();
        return document;
    }

    private void expand() {
        StringBuilder out = new StringBuilder(original.length() + found.size() * 8);
        placeholderAt.clear();
        int last = 0;
        for (int i = 0; i < found.size(); i++) {
            TagScanner.Found tag = found.get(i);
            out.append(original, last, tag.start());
            expandedStarts[i] = out.length();
            if (literal[i]) {
                out.append(original, tag.start(), tag.end());
            } else if (tag.kind() == TagScanner.Kind.RAW_IN_CODE) {
                out.append(tag.body());
            } else if (inline[i] != null) {
                out.append(inline[i]);
            } else {
                placeholderAt.put(out.length(), i);
                out.append(OPEN).append(i).append(CLOSE);
            }
            expandedEnds[i] = out.length();
            last = tag.end();
        }
        expanded = out.append(original, last, original.length()).toString();
    }

    // A placeholder must land in raw HTML, and a URL put in a link destination must not land in code: else the
    // tag goes back as written. Returns whether any did.
    private boolean putBackMisplaced(Document document) {
        Set<Integer> live = new HashSet<>();
        List<int[]> code = new ArrayList<>();
        for (Node node : Descendants.of(document)) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                live.addAll(placeholdersIn(node.getChars()));
            } else if (node instanceof Code || node instanceof IndentedCodeBlock || node instanceof FencedCodeBlock) {
                code.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        boolean changed = false;
        for (int i = 0; i < found.size(); i++) {
            if (literal[i] || found.get(i).kind() == TagScanner.Kind.RAW_IN_CODE) {
                continue;
            }
            boolean misplaced = inline[i] == null ? !live.contains(i) : inCode(code, expandedStarts[i]);
            if (misplaced) {
                literal[i] = true;
                changed = true;
            }
        }
        return changed;
    }

    private static boolean inCode(List<int[]> code, int offset) {
        for (int[] range : code) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The placeholders of this pass in {@code chars}, a part of the parsed document, in order. */
    Set<Integer> placeholdersIn(BasedSequence chars) {
        Set<Integer> indices = new LinkedHashSet<>();
        String text = chars.toString();
        for (int k = text.indexOf(OPEN); k >= 0; k = text.indexOf(OPEN, k + 1)) {
            Integer index = placeholderAt.get(chars.getIndexOffset(k));
            if (index != null) {
                indices.add(index);
            }
        }
        return indices;
    }

    /** {@code text} with the placeholders {@code indices} replaced by the HTML of their tags. */
    String substitute(String text, Set<Integer> indices) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        for (int k = text.indexOf(OPEN); k >= 0; k = text.indexOf(OPEN, k + 1)) {
            int digits = k + OPEN.length();
            int end = digits;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == digits || end - digits > 9 || !text.startsWith(CLOSE, end)) {
                continue;
            }
            int index = Integer.parseInt(text.substring(digits, end));
            if (indices.contains(index)) {
                out.append(text, last, k).append(outputs[index] == null ? "" : outputs[index]);
                last = end + CLOSE.length();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Whether the placeholder {@code index} stands for a tag shown as text (unknown, or its end tag missing). */
    boolean shownAsText(int index) {
        return shownAsText[index];
    }

    /** Whether {@code text} is exactly the placeholder {@code index}. */
    static boolean isOnly(String text, int index) {
        return text.strip().equals(OPEN + index + CLOSE);
    }

    // asset_path and post_path in a link destination are replaced by their URL before Markdown
    private String preview(int i) {
        TagScanner.Found tag = found.get(i);
        if (tag.kind() != TagScanner.Kind.TAG || !plugins.isPath(tag.name())) {
            return null;
        }
        int lineStart = original.lastIndexOf('\n', tag.start() - 1) + 1;
        if (!DESTINATION.matcher(original.substring(lineStart, tag.start())).find()) {
            return null;
        }
        return plugins.get(tag.name()).render(use(tag), environment(i, use(tag), false, false));
    }

    private void evaluate() {
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            TagScanner.Found tag = found.get(i);
            if (literal[i] || tag.kind() == TagScanner.Kind.RAW_IN_CODE) {
                continue;
            }
            TagUse use = use(tag);
            if (inline[i] != null) {
                // the URL is already in the text; this only reports a missing post or asset
                plugins.get(tag.name()).render(use, environment(i, use, true, false));
                continue;
            }
            TagPlugin plugin = plugins.get(tag.name());
            if (tag.kind() == TagScanner.Kind.UNCLOSED) {
                warn(i, use.written() + ": no {% end" + tag.name() + " %} follows, so it is left in the page as text",
                        "close the tag with {% end" + tag.name() + " %}");
                showAsText(i);
            } else if (plugin == null && tag.name().startsWith("end")
                    && plugins.blockNames().contains(tag.name().substring(3))) {
                warn(i, use.written() + " closes no {% " + tag.name().substring(3) + " %}, so it is left in the page "
                        + "as text", "a block tag's body ends at the first end tag of its name; remove this one");
                showAsText(i);
            } else if (plugin == null) {
                boolean endOfUnknown = tag.name().startsWith("end") && unknown.contains(tag.name().substring(3));
                if (!endOfUnknown) {
                    warn(i, "unknown tag " + use.written() + ", left in the page as text", UNKNOWN_HINT);
                }
                unknown.add(tag.name());
                showAsText(i);
            } else {
                String html = plugin.render(use, environment(i, use, true, true));
                outputs[i] = html == null ? "" : html;
            }
        }
    }

    private void showAsText(int i) {
        TagScanner.Found tag = found.get(i);
        outputs[i] = HexoHtml.text(original.substring(tag.start(), tag.end()));
        shownAsText[i] = true;
    }

    private TagUse use(TagScanner.Found tag) {
        String source = original.substring(tag.start(), tag.end());
        int newline = source.indexOf('\n');
        String written = newline < 0 ? source : source.substring(0, newline).stripTrailing() + " ...";
        // Nunjucks' own raw keeps its body as it is; Hexo's block tags get it trimmed
        String body = tag.body() == null ? null : tag.name().equals("raw") ? tag.body() : trimBody(tag.body());
        return new TagUse(tag.name(), TagArguments.split(tag.arguments()), body, written);
    }

    private TagEnvironment environment(int i, TagUse use, boolean recording, boolean linking) {
        TagScanner.Found tag = found.get(i);
        int bodyLine = tag.bodyStart() < 0 ? line(tag.start())
                : line(tag.body().startsWith("\n") ? tag.bodyStart() + 1 : tag.bodyStart());
        return new TagEnvironment(this, use, line(tag.start()), column(tag.start()), bodyLine, recording, linking);
    }

    /**
     * Hexo's {@code trimBody}: strip-indent's common indentation of the non-blank lines removed, then one leading
     * and one trailing newline.
     */
    static String trimBody(String body) {
        int indent = Integer.MAX_VALUE;
        for (String line : body.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && (line.charAt(spaces) == ' ' || line.charAt(spaces) == '\t')) {
                spaces++;
            }
            if (spaces < line.length()) {
                indent = Math.min(indent, spaces);
            }
        }
        String stripped = body;
        if (indent > 0 && indent != Integer.MAX_VALUE) {
            Matcher matcher = Pattern.compile("(?m)^[ \\t]{" + indent + "}").matcher(body);
            stripped = matcher.replaceAll("");
        }
        if (stripped.startsWith("\n")) {
            stripped = stripped.substring(1);
        }
        if (stripped.endsWith("\n")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /**
     * Renders the Markdown body of a block tag as this document, with tags; its links and problems join ours. The
     * recursion is shallow by construction: a body ends at the first {@code {% end<name> %}}, so it holds no
     * complete tag of its own name, and only {@code blockquote}, {@code quote} and {@code pullquote} have Markdown
     * bodies.
     */
    String renderBody(String markdown, int line, boolean recording) {
        RenderedMarkdown body = bodies.apply(new MarkdownSource(markdown, source.sourcePath(), line, source.links(),
                source.body()));
        if (recording) {
            links.addAll(body.links());
            warnings.addAll(body.warnings());
            errors.addAll(body.errors());
        }
        return body.html();
    }

    /**
     * Every link of the body, in source order: those flexmark's tree holds ({@code recorded}, at lines of the
     * text flexmark parsed) moved to their lines in the source file, and those of the tags.
     */
    List<LinkUse> links(List<LinkUse> recorded) {
        List<LinkUse> all = new ArrayList<>(recorded.size() + links.size());
        for (LinkUse use : recorded) {
            if (use.written().indexOf(MARK) >= 0) {
                continue; // a placeholder in a raw HTML attribute; the tag recorded its own link
            }
            all.add(found.isEmpty() ? use : moved(use));
        }
        all.addAll(links);
        all.sort(Comparator.comparingInt(LinkUse::line).thenComparingInt(LinkUse::column));
        return all;
    }

    private LinkUse moved(LinkUse use) {
        int lineIndex = use.line() - firstLine;
        if (lineIndex < 0 || lineIndex >= expandedLineStarts.length) {
            return use;
        }
        int offset = toOriginal(expandedLineStarts[lineIndex] + use.column() - 1);
        return new LinkUse(use.written(), use.url(), line(offset), column(offset));
    }

    // An offset of the text flexmark parsed, as an offset of the source.
    private int toOriginal(int offset) {
        int at = Arrays.binarySearch(expandedStarts, offset);
        int i = at >= 0 ? at : -at - 2;
        while (i + 1 < expandedStarts.length && expandedStarts[i + 1] <= offset) {
            i++; // several replacements may start at one offset when some are empty
        }
        if (i < 0) {
            return offset;
        }
        TagScanner.Found tag = found.get(i);
        if (offset >= expandedEnds[i]) {
            return offset - expandedEnds[i] + tag.end();
        }
        if (literal[i]) {
            return tag.start() + offset - expandedStarts[i];
        }
        return tag.kind() == TagScanner.Kind.RAW_IN_CODE ? tag.bodyStart() + offset - expandedStarts[i] : tag.start();
    }

    private int line(int offset) {
        return firstLine + lineIndex(offset);
    }

    private int column(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    private int lineIndex(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at : -at - 2;
    }

    private void warn(int i, String message, String hint) {
        int start = found.get(i).start();
        warn(line(start), column(start), message, hint);
    }

    void warn(int line, int column, String message, String hint) {
        warnings.add(new ContentProblem(source.sourcePath() == null ? "" : source.sourcePath(), line, column, null,
                message, hint));
    }

    void fail(int line, int column, String message, String hint) {
        errors.add(new ContentProblem(source.sourcePath() == null ? "" : source.sourcePath(), line, column, null,
                message, hint));
    }

    void addLink(LinkUse use) {
        links.add(use);
    }

    SiteLinks siteLinks() {
        return siteLinks;
    }

    MarkdownSource source() {
        return source;
    }

    List<ContentProblem> warnings() {
        return List.copyOf(warnings);
    }

    List<ContentProblem> errors() {
        return List.copyOf(errors);
    }
}
