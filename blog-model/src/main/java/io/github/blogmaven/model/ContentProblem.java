package io.github.blogmaven.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a source file, located precisely enough to fix it without searching.
 *
 * @param path the file relative to the project base directory, with {@code /} separators
 * @param line the 1-based line (the opening front-matter fence is line 1), or 0 when the whole file is meant
 * @param column the 1-based column, or 0 when unknown
 * @param key the front-matter or configuration key concerned, or {@code null}
 * @param message what is wrong and what was expected
 * @param hint how to fix it, or {@code null}
 */
public record ContentProblem(String path, int line, int column, String key, String message, String hint)
        implements Comparable<ContentProblem> {

    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::path)
            .thenComparingInt(ContentProblem::line)
            .thenComparingInt(ContentProblem::column)
            .thenComparing(ContentProblem::message);

    public ContentProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(ContentProblem other) {
        return ORDER.compare(this, other);
    }

    /**
     * The problem as one line: {@code source/_posts/a.md:3:7: key 'date': not a date ... (hint: ...)}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (key != null) {
            out.append("key '").append(key).append("': ");
        }
        out.append(message);
        if (hint != null) {
            out.append(" (hint: ").append(hint).append(')');
        }
        return out.toString();
    }
}
