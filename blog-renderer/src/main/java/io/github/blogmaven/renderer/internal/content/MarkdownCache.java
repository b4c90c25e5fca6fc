package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.renderer.internal.markdown.MarkdownSource;
import io.github.blogmaven.renderer.internal.markdown.PostIndex;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown of the previous build of a live session, each document with what its rendering looked up beyond
 * its own text: which output paths exist (for relative links) and which posts its {@code post_link} tags found. A
 * document is rendered again only when its text or place changed, or one of those answers would now differ, so a
 * rebuild renders the documents a change touched and no others. Thread-safe: render threads share one cache.
 */
public final class MarkdownCache {
    /**
     * What a rendering depended on besides its lookups. Two documents with equal inputs render the same HTML,
     * since {@code MarkdownRenderer} is a function of its source, and the cache is dropped when the settings it
     * was built with change.
     */
    record Inputs(String markdown, String sourcePath, int firstLine, String root, String pageDir, String assetDir,
            String absoluteBase, boolean tagPlugins, boolean math) {
        static Inputs of(MarkdownSource source) {
            return new Inputs(source.markdown(), source.sourcePath(), source.firstLine(), source.links().root(),
                    source.links().pageDir(), source.links().assetDir(), source.links().absoluteBase(),
                    source.body().tagPlugins(), source.body().math());
        }
    }

    record Entry(Inputs inputs, Map<String, Boolean> outputLookups, Map<String, Optional<PostIndex.Entry>> postLookups,
            RenderedMarkdown rendered) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The rendering kept for {@code source}, when rendering it again now would give the same.
     *
     * @param key the document and the kind of links it was rendered with
     * @param outputPaths every path the current build writes
     * @param index the posts the current build's tags can name
     */
    RenderedMarkdown find(String key, MarkdownSource source, Set<String> outputPaths, PostIndex index) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.inputs().equals(Inputs.of(source))) {
            return null;
        }
        for (Map.Entry<String, Boolean> lookup : entry.outputLookups().entrySet()) {
            if (outputPaths.contains(lookup.getKey()) != lookup.getValue()) {
                return null;
            }
        }
        for (Map.Entry<String, Optional<PostIndex.Entry>> lookup : entry.postLookups().entrySet()) {
            if (!Optional.ofNullable(index.find(lookup.getKey())).equals(lookup.getValue())) {
                return null;
            }
        }
        return entry.rendered();
    }

    void keep(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** Forgets the documents not in {@code keys}, so deleted posts do not stay in memory. */
    void retainOnly(Set<String> keys) {
        entries.keySet().retainAll(keys);
    }
}
