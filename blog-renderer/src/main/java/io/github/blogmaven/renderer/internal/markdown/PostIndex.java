package io.github.blogmaven.renderer.internal.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The posts a body can link to with {@code {% post_link %}} and {@code {% post_path %}}, found as Hexo finds
 * them: by slug (the path below {@code _posts/} without the extension), failing that by exact title. Immutable.
 */
public final class PostIndex {
    /** An index without posts. */
    public static final PostIndex EMPTY = new PostIndex(List.of());

    /**
     * One post.
     *
     * @param slug Hexo's {@code :title}, such as {@code 2023/tomatoes}
     * @param title the title, {@code ""} when it has none
     * @param url the root-relative, percent-encoded URL of its page, such as {@code /tomatoes-2023-edition/}
     */
    public record Entry(String slug, String title, String url) {
    }

    private final Map<String, Entry> bySlug;
    private final Map<String, Entry> byTitle;
    /** Where {@link #find} notes each key and what it found, or null. */
    private final Map<String, Optional<Entry>> lookups;

    /** @param posts the published posts; where two share a title, the first one wins */
    public PostIndex(List<Entry> posts) {
        this.bySlug = new HashMap<>();
        this.byTitle = new HashMap<>();
        this.lookups = null;
        for (Entry post : posts) {
            bySlug.putIfAbsent(post.slug(), post);
            if (!post.title().isEmpty()) {
                byTitle.putIfAbsent(post.title(), post);
            }
        }
    }

    private PostIndex(PostIndex index, Map<String, Optional<Entry>> lookups) {
        this.bySlug = index.bySlug;
        this.byTitle = index.byTitle;
        this.lookups = lookups;
    }

    /**
     * This index, noting into {@code lookups} every key one document looks up and what it found, so a live
     * rebuild can tell whether rendering that document again against another index would change anything.
     */
    public PostIndex recordingInto(Map<String, Optional<Entry>> lookups) {
        return new PostIndex(this, lookups);
    }

    /** The post whose slug, or else whose title, is {@code key}; {@code null} when none is. */
    public Entry find(String key) {
        Entry post = bySlug.get(key);
        Entry found = post != null ? post : byTitle.get(key);
        if (lookups != null) {
            lookups.put(key, Optional.ofNullable(found));
        }
        return found;
    }
}
