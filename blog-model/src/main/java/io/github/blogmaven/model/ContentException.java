package io.github.blogmaven.model;

import java.util.List;
import java.util.stream.Collectors;

/** The sources have one or more problems; every problem found is listed, sorted by path and line. */
public class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    /** Every problem, sorted by path, line and column. */
    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        String count = problems.size() == 1 ? "1 content error" : problems.size() + " content errors";
        return count + ":" + problems.stream().sorted().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
