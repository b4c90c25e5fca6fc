package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * A category in the tree of all categories.
 *
 * @param term name, URL and post count (sub-categories' posts included)
 * @param children sub-categories, sorted by name
 */
public record CategoryNode(TermView term, List<CategoryNode> children) {
    public CategoryNode {
        children = List.copyOf(children);
    }
}
