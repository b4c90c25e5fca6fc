package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Slug;
import io.github.blogmaven.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns tag and category names into terms as Hexo's models do: the slug is
 * {@code slugize(tag_map[name] ?? name, filename_case)}, and a category's slug is its parent's slug, a
 * {@code /}, and its own. Safe to use from several threads.
 *
 * <p>A site has a few hundred tags over thousands of posts, so each tag's term is made once and shared: the
 * site is put together on one thread, where slugizing every post's tags again took a third of the time.
 */
final class TermFactory {
    private final SiteConfig config;
    private final Map<String, Term> tags = new ConcurrentHashMap<>();

    TermFactory(SiteConfig config) {
        this.config = config;
    }

    List<Term> tags(List<String> names) {
        List<Term> terms = new ArrayList<>(names.size());
        for (String name : names) {
            terms.add(tags.computeIfAbsent(name, tag -> new Term(tag, tagSlug(tag))));
        }
        return terms;
    }

    /** A tag's own slug; empty when nothing of the name survives {@code slugize}. */
    String tagSlug(String name) {
        return Slug.slugize(config.tagMap().getOrDefault(name, name), config.filenameCase());
    }

    /** A category's own slug, without its parent's; empty when nothing of the name survives {@code slugize}. */
    String categorySlug(String name) {
        return Slug.slugize(config.categoryMap().getOrDefault(name, name), config.filenameCase());
    }

    List<List<Term>> categories(List<List<String>> chains) {
        List<List<Term>> result = new ArrayList<>(chains.size());
        for (List<String> chain : chains) {
            List<Term> terms = new ArrayList<>(chain.size());
            String parentSlug = null;
            for (String name : chain) {
                String own = categorySlug(name);
                String slug = parentSlug == null ? own : parentSlug + "/" + own;
                terms.add(new Term(name, slug));
                parentSlug = slug;
            }
            result.add(terms);
        }
        return result;
    }
}
