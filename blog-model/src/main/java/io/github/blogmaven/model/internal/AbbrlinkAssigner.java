package io.github.blogmaven.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every post without an {@code abbrlink} the value hexo-abbrlink would write, and never touches one that
 * is written down (nor the source file). A computed value already taken by another post is increased by one
 * until it is free, as the plugin does.
 *
 * <p>The order decides who keeps a contested value, so it is fixed: published posts first, then drafts, each
 * sorted by source path. Including or leaving out drafts therefore never changes a published post's link.
 */
final class AbbrlinkAssigner {
    private final Abbrlink abbrlink;

    AbbrlinkAssigner(Abbrlink abbrlink) {
        this.abbrlink = abbrlink;
    }

    /** The abbrlink of each post, by source path. */
    Map<String, String> assign(List<PostEntry> posts) {
        Map<String, String> result = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (PostEntry post : posts) {
            if (post.abbrlink() != null) {
                result.put(post.path(), post.abbrlink());
                taken.add(post.abbrlink());
            }
        }
        List<PostEntry> missing = new ArrayList<>();
        for (PostEntry post : posts) {
            if (post.abbrlink() == null) {
                missing.add(post);
            }
        }
        missing.sort(Comparator.comparing(PostEntry::draft).thenComparing(PostEntry::path));
        for (PostEntry post : missing) {
            long value = abbrlink.hash(post.title());
            String text = abbrlink.format(value);
            while (!taken.add(text)) {
                value++;
                text = abbrlink.format(value);
            }
            result.put(post.path(), text);
        }
        return result;
    }
}
