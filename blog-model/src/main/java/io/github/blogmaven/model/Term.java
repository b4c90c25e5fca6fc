package io.github.blogmaven.model;

import java.util.Objects;

/**
 * A tag or category as a post names it, with the slug its page is published under.
 *
 * @param name the name as written in the front matter
 * @param slug the URL slug; for categories the full path from the root category, such as {@code tech/java}
 */
public record Term(String name, String slug) {
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
    }
}
