package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * The category a category page lists.
 *
 * @param term the category itself
 * @param ancestors from the top-level category down to the parent; empty for a top-level category
 * @param children the sub-categories
 */
public record CategoryView(TermView term, List<TermView> ancestors, List<TermView> children) {
    public CategoryView {
        ancestors = List.copyOf(ancestors);
        children = List.copyOf(children);
    }
}
