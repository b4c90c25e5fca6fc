package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Indexes published posts by tag: tags sorted by name, each with its posts in the order given (newest first). */
final class TagIndexBuilder {
    private final Consumer<String> log;

    TagIndexBuilder(Consumer<String> log) {
        this.log = log;
    }

    /** @param posts the published posts, newest first */
    List<Tag> build(List<Post> posts) {
        Map<String, Term> terms = new TreeMap<>();
        Map<String, List<Post>> postsByTag = new HashMap<>();
        for (Post post : posts) {
            for (Term tag : post.tags()) {
                terms.putIfAbsent(tag.name(), tag);
                postsByTag.computeIfAbsent(tag.name(), name -> new ArrayList<>()).add(post);
            }
        }
        Map<String, String> namesBySlug = new HashMap<>();
        List<Tag> tags = new ArrayList<>(terms.size());
        for (Term term : terms.values()) {
            String other = namesBySlug.putIfAbsent(term.slug(), term.name());
            if (other != null) {
                log.accept(Hints.slugClash("tag", term.slug(), other, term.name()));
            }
            tags.add(new Tag(term, postsByTag.get(term.name())));
        }
        return tags;
    }
}
