package io.github.blogmaven.model;

import java.util.List;
import java.util.Objects;

/**
 * One node of the category tree.
 *
 * @param term the category's name and full slug path ({@code parent/child})
 * @param parent the parent's term, or {@code null} for a top-level category
 * @param children the child categories' terms, sorted by name
 * @param posts the published posts filed under this category or any of its descendants, newest first
 */
public record Category(Term term, Term parent, List<Term> children, List<Post> posts) {
    public Category {
        Objects.requireNonNull(term, "term");
        children = List.copyOf(children);
        posts = List.copyOf(posts);
    }
}
