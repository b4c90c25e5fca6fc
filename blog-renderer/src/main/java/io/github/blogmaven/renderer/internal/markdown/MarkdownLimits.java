package io.github.blogmaven.renderer.internal.markdown;

/**
 * A quick look at a document, in one pass, for the shapes on which flexmark's work grows with the square of
 * their size or its recursion with their depth: lines that open hundreds of nested quotes or list items,
 * paragraphs with thousands of emphasis markers or hundreds of unclosed brackets, and tables, footnotes or link
 * definitions by the thousand. Such a document is refused before it is parsed, which takes milliseconds where
 * parsing would take minutes.
 *
 * <p>The look is deliberately rough (it does not parse inline code, for one), so the limits are set far beyond
 * what a real post contains. Fenced code blocks are skipped, since nothing in them is Markdown.
 */
final class MarkdownLimits {
    /** Nested quotes and list items opened on one line. */
    static final int MAX_LINE_NESTING = MarkdownRenderer.MAX_DEPTH;
    /** Unclosed {@code [} within one paragraph. */
    static final int MAX_BRACKET_NESTING = MarkdownRenderer.MAX_DEPTH;
    /** Runs of {@code *}, {@code _} or {@code ~} within one paragraph. */
    static final int MAX_EMPHASIS_RUNS = 5_000;
    /**
     * Backslash escapes within one paragraph: flexmark's unescaping takes time quadratic in their number
     * (100,000 took 17 s).
     */
    static final int MAX_ESCAPES = 5_000;
    /** Consecutive lines with a {@code |}, the rows of one table. */
    static final int MAX_TABLE_ROWS = 5_000;
    /** Footnote references and definitions ({@code [^}) in the document. */
    static final int MAX_FOOTNOTES = 5_000;
    /** Link reference definitions ({@code [label]: url} lines) in the document. */
    static final int MAX_LINK_DEFINITIONS = 5_000;

    private MarkdownLimits() {
    }

    /**
     * Why {@code markdown} is too complex to parse, or null when it is not. It takes the text's characters: in
     * C1-compiled code String.charAt on a UTF-16 (CJK) string costs several times an array read, and the copy
     * the work budget reads serves here too.
     */
    static String check(char[] markdown) {
        int footnotes = 0;
        int definitions = 0;
        int tableRows = 0;
        int emphasisRuns = 0;
        int brackets = 0;
        int escapes = 0;
        char fence = 0;
        int fenceLength = 0;
        int lineStart = 0;
        while (lineStart <= markdown.length) {
            int lineEnd = lineEnd(markdown, lineStart);
            int content = skipBlanks(markdown, lineStart, lineEnd);
            int afterQuotes = skipQuotes(markdown, content, lineEnd);
            int fenceRun = run(markdown, afterQuotes, lineEnd);
            char first = afterQuotes < lineEnd ? markdown[afterQuotes] : 0;
            if (fence != 0) {
                if (first == fence && fenceRun >= fenceLength && isBlank(markdown, afterQuotes + fenceRun, lineEnd)) {
                    fence = 0;
                }
            } else if ((first == '`' || first == '~') && fenceRun >= 3) {
                fence = first;
                fenceLength = fenceRun;
                emphasisRuns = 0;
                brackets = 0;
                escapes = 0;
            } else {
                int nesting = containerDepth(markdown, lineStart, lineEnd);
                if (nesting > MAX_LINE_NESTING) {
                    return "a line opens " + nesting + " nested quotes or list items, more than the "
                            + MAX_LINE_NESTING + " rendered";
                }
                if (content >= lineEnd || nesting > 0 || first == '#') {
                    // A blank line, a new quote or list item, or a heading starts a new paragraph.
                    emphasisRuns = 0;
                    brackets = 0;
                    escapes = 0;
                }
                if (isLinkDefinition(markdown, afterQuotes, lineEnd) && ++definitions > MAX_LINK_DEFINITIONS) {
                    return "it defines more than " + MAX_LINK_DEFINITIONS + " link references";
                }
                char previous = 0;
                boolean pipe = false;
                for (int i = lineStart; i < lineEnd; i++) {
                    char c = markdown[i];
                    if (c > '~') {
                        previous = c; // not ASCII, nothing counted: most characters of a CJK post
                        continue;
                    }
                    pipe |= c == '|';
                    if ((c == '*' || c == '_' || c == '~') && c != previous && ++emphasisRuns > MAX_EMPHASIS_RUNS) {
                        return "a paragraph has more than " + MAX_EMPHASIS_RUNS + " runs of emphasis markers";
                    }
                    if (c == '\\' && i + 1 < lineEnd && isAsciiPunctuation(markdown[i + 1])) {
                        if (++escapes > MAX_ESCAPES) {
                            return "a paragraph has more than " + MAX_ESCAPES + " backslash escapes";
                        }
                        previous = markdown[++i];
                        continue;
                    }
                    if (c == '[') {
                        if (++brackets > MAX_BRACKET_NESTING) {
                            return "a paragraph opens more than " + MAX_BRACKET_NESTING + " nested brackets";
                        }
                        if (i + 1 < lineEnd && markdown[i + 1] == '^' && ++footnotes > MAX_FOOTNOTES) {
                            return "it has more than " + MAX_FOOTNOTES + " footnotes";
                        }
                    } else if (c == ']' && brackets > 0) {
                        brackets--;
                    }
                    previous = c;
                }
                tableRows = pipe ? tableRows + 1 : 0;
                if (tableRows > MAX_TABLE_ROWS) {
                    return "a table has more than " + MAX_TABLE_ROWS + " rows";
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    // Quote markers and list markers at the start of a line, each followed by a blank; a line of one marker
    // character and blanks only ("- - -", "* * *") is a thematic break, not nesting.
    private static int containerDepth(char[] text, int from, int to) {
        int depth = 0;
        int i = from;
        boolean onlyOneMarker = true;
        char marker = 0;
        while (true) {
            i = skipBlanks(text, i, to);
            if (i >= to) {
                break;
            }
            char c = text[i];
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 >= to || isBlank(text[i + 1]))) {
                next = i + 1;
            } else {
                int digits = i;
                while (digits < to && digits - i < 9 && Character.isDigit(text[digits])) {
                    digits++;
                }
                if (digits == i || digits >= to || (text[digits] != '.' && text[digits] != ')')
                        || digits + 1 < to && !isBlank(text[digits + 1])) {
                    onlyOneMarker = false;
                    break;
                }
                next = digits + 1;
            }
            onlyOneMarker &= marker == 0 || marker == c;
            marker = c;
            depth++;
            i = skipTaskBox(text, skipBlanks(text, next, to), to);
        }
        boolean thematicBreak = onlyOneMarker && (marker == '-' || marker == '*') && depth >= 3;
        return thematicBreak ? 0 : depth;
    }

    // A task list item's "[ ]" or "[x]" belongs to its marker: "- [ ] - [ ] - [ ]" nests like "- - -".
    private static int skipTaskBox(char[] text, int from, int to) {
        if (from + 2 < to && text[from] == '[' && text[from + 2] == ']'
                && " xX".indexOf(text[from + 1]) >= 0) {
            return from + 3;
        }
        return from;
    }

    private static boolean isLinkDefinition(char[] text, int from, int to) {
        if (from >= to || text[from] != '[') {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            if (text[i] == ':' && text[i - 1] == ']') {
                return true;
            }
        }
        return false;
    }

    /** Where the line starting at {@code from} ends: its line feed, or the end of the text. */
    private static int lineEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(char[] text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text[i])) {
            i++;
        }
        return i;
    }

    private static int skipQuotes(char[] text, int from, int to) {
        int i = from;
        while (i < to && text[i] == '>') {
            i = skipBlanks(text, i + 1, to);
        }
        return i;
    }

    private static int run(char[] text, int from, int to) {
        int i = from;
        while (i < to && text[i] == text[from]) {
            i++;
        }
        return i - from;
    }

    private static boolean isBlank(char[] text, int from, int to) {
        return skipBlanks(text, from, to) >= to;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
