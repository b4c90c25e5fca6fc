package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.ContentProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems found while reading one file or running one stage. Not thread-safe: each parallel task has its
 * own, and the results are merged afterwards.
 */
final class Problems {
    private final List<ContentProblem> found = new ArrayList<>();

    void add(ContentProblem problem) {
        found.add(problem);
    }

    void add(String path, int line, int column, String key, String message, String hint) {
        found.add(new ContentProblem(path, line, column, key, message, hint));
    }

    void addAll(Collection<ContentProblem> problems) {
        found.addAll(problems);
    }

    void addAll(Problems other) {
        found.addAll(other.found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<ContentProblem> list() {
        return List.copyOf(found);
    }
}
