package io.github.blogmaven.model;

import java.util.List;
import java.util.Objects;

/**
 * A tag and the published posts that carry it, newest first.
 *
 * @param term the tag's name and slug
 * @param posts its posts, newest first
 */
public record Tag(Term term, List<Post> posts) {
    public Tag {
        Objects.requireNonNull(term, "term");
        posts = List.copyOf(posts);
    }
}
