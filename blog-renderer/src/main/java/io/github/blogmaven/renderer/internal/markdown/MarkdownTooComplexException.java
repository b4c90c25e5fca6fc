package io.github.blogmaven.renderer.internal.markdown;

/**
 * A document would take too much stack or too much work to render: it nests too deeply, or its text makes the
 * parser backtrack without end (long runs of unmatched brackets, backticks or emphasis markers).
 */
public final class MarkdownTooComplexException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String sourcePath;
    private final int firstLine;
    private final String reason;

    /**
     * @param reason what is too complex, such as {@code it nests 120 levels deep}
     */
    public MarkdownTooComplexException(String sourcePath, int firstLine, String reason, Throwable cause) {
        super(sourcePath + ":" + firstLine + ": the Markdown is too complex to render: " + reason, cause);
        this.sourcePath = sourcePath;
        this.firstLine = firstLine;
        this.reason = reason;
    }

    /** The file, relative to the project. */
    public String sourcePath() {
        return sourcePath;
    }

    /** The file line the Markdown body starts on. */
    public int firstLine() {
        return firstLine;
    }

    /** What is too complex, in words for the user. */
    public String reason() {
        return reason;
    }
}
