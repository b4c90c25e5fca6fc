package io.github.blogmaven.renderer.internal.markdown;

/** A document nests so deeply that rendering it would exhaust the stack. */
public final class MarkdownTooComplexException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String sourcePath;
    private final int firstLine;

    public MarkdownTooComplexException(String sourcePath, int firstLine, Throwable cause) {
        super(sourcePath + ":" + firstLine + ": the Markdown nests too deeply to render"
                + " (deeply nested lists, quotes, brackets or emphasis); simplify it", cause);
        this.sourcePath = sourcePath;
        this.firstLine = firstLine;
    }

    /** The file, relative to the project. */
    public String sourcePath() {
        return sourcePath;
    }

    /** The file line the Markdown body starts on. */
    public int firstLine() {
        return firstLine;
    }
}
