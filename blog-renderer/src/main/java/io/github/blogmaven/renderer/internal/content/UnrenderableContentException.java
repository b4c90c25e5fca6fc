package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.internal.markdown.MarkdownTooComplexException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Some posts or pages could not be rendered because their Markdown is too complex: one problem per file, at the
 * line its body starts on. A lenient build leaves those files out and builds again.
 */
public final class UnrenderableContentException extends GenerateException {
    private static final long serialVersionUID = 1L;

    static final String HINT = "simplify the Markdown: flatten deeply nested lists or quotes, close brackets and "
            + "emphasis, split huge tables, or put long runs of symbols in a code block";

    private final transient Set<String> sources;

    public UnrenderableContentException(Collection<MarkdownTooComplexException> failures) {
        super(problems(failures));
        Set<String> paths = new TreeSet<>();
        failures.forEach(failure -> paths.add(failure.sourcePath()));
        this.sources = Set.copyOf(paths);
    }

    /** The files that could not be rendered, relative to the project base directory. */
    public Set<String> sources() {
        return sources;
    }

    /** The warning a lenient build ends its list of left-out files with. */
    public String lenientSummary() {
        return "Lenient mode: left out " + sources.size() + (sources.size() == 1 ? " file" : " files")
                + " whose Markdown is too complex to render (" + String.join(", ", new TreeSet<>(sources))
                + "); the rest of the site is built.";
    }

    private static List<ContentProblem> problems(Collection<MarkdownTooComplexException> failures) {
        return failures.stream().map(failure -> new ContentProblem(failure.sourcePath(), failure.firstLine(), 0,
                null, "too complex: " + failure.reason(), HINT)).toList();
    }
}
