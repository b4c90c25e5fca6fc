package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.blogmaven.model.Slug;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading of a document its id, as hexo-renderer-marked does: {@code slugize} of its text, CJK and
 * case kept, and {@code -1}, {@code -2}... for repeats.
 *
 * <p>Ids are assigned before rendering, in document order, so the full page and its excerpt agree. Unlike
 * Hexo, a suffixed id never collides with a heading that slugizes to the same text ({@code a}, {@code a},
 * {@code a-1} give {@code a}, {@code a-1}, {@code a-1-1}), and a heading without slug characters gets
 * {@code heading} instead of an empty id.
 */
final class HeadingIds {
    static final String FALLBACK = "heading";

    private HeadingIds() {
    }

    /**
     * The heading record of every {@link com.vladsch.flexmark.ast.Heading} node, in document order (flexmark nodes
     * compare by identity).
     */
    static Map<Node, Heading> assign(Document document) {
        Map<Node, Heading> headings = new LinkedHashMap<>();
        Map<String, Integer> nextSuffix = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Node node : Descendants.blocks(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = PlainText.of(heading);
                String base = Slug.slugize(text);
                if (base.isEmpty()) {
                    base = FALLBACK;
                }
                String id = base;
                if (used.contains(id)) {
                    int suffix = nextSuffix.getOrDefault(base, 1);
                    do {
                        id = base + "-" + suffix++;
                    } while (used.contains(id));
                    nextSuffix.put(base, suffix);
                }
                used.add(id);
                headings.put(heading, new Heading(heading.getLevel(), id, text));
            }
        }
        return headings;
    }
}
