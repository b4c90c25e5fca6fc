package io.github.blogmaven.renderer;

import io.github.blogmaven.model.ContentProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The site could not be built because of what the user wrote: content, configuration or templates. Every
 * problem found is listed with its file, line and column; nothing in the output directory was changed.
 */
public class GenerateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public GenerateException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    /** Every problem, sorted by path, line and column. */
    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        String count = problems.size() == 1 ? "1 error" : problems.size() + " errors";
        return count + ":" + problems.stream().sorted().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
