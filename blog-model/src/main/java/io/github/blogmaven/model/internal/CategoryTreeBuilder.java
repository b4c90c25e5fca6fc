package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds the category tree of the published posts. A category is identified, as in Hexo, by its name and its
 * parent. Each category lists the posts filed under it or any descendant, once each, in the order given
 * (newest first). The result lists parents before their children, depth first, siblings sorted by name.
 */
final class CategoryTreeBuilder {
    private final Consumer<String> log;

    CategoryTreeBuilder(Consumer<String> log) {
        this.log = log;
    }

    private static final class Node {
        final Term term;
        final Node parent;
        final Map<String, Node> children = new TreeMap<>();
        final List<Post> posts = new ArrayList<>();
        Post lastAdded;

        Node(Term term, Node parent) {
            this.term = term;
            this.parent = parent;
        }

        void add(Post post) {
            // Posts arrive one at a time, so comparing with the last one added is enough to avoid duplicates.
            if (lastAdded != post) {
                posts.add(post);
                lastAdded = post;
            }
        }
    }

    /** @param posts the published posts, newest first */
    List<Category> build(List<Post> posts) {
        Map<String, Node> roots = new TreeMap<>();
        for (Post post : posts) {
            for (List<Term> chain : post.categories()) {
                Map<String, Node> level = roots;
                Node parent = null;
                for (Term term : chain) {
                    Node owner = parent;
                    Node node = level.computeIfAbsent(term.name(), name -> new Node(term, owner));
                    node.add(post);
                    level = node.children;
                    parent = node;
                }
            }
        }
        List<Category> categories = new ArrayList<>();
        Map<String, Term> bySlug = new HashMap<>();
        roots.values().forEach(root -> collect(root, categories, bySlug));
        return categories;
    }

    private void collect(Node node, List<Category> out, Map<String, Term> bySlug) {
        Term other = bySlug.putIfAbsent(node.term.slug(), node.term);
        if (other != null) {
            log.accept(Hints.slugClash("category", node.term.slug(), other.name(), node.term.name()));
        }
        List<Term> children = node.children.values().stream().map(child -> child.term).toList();
        out.add(new Category(node.term, node.parent == null ? null : node.parent.term, children, node.posts));
        node.children.values().forEach(child -> collect(child, out, bySlug));
    }
}
