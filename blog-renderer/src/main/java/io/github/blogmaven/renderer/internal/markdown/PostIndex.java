package io.github.blogmaven.renderer.internal.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, Entry> bySlug = new HashMap<>();
    private final Map<String, Entry> byTitle = new HashMap<>();

    /** @param posts the published posts; where two share a title, the first one wins */
    public PostIndex(List<Entry> posts) {
        for (Entry post : posts) {
            bySlug.putIfAbsent(post.slug(), post);
            if (!post.title().isEmpty()) {
                byTitle.putIfAbsent(post.title(), post);
            }
        }
    }

    /** The post whose slug, or else whose title, is {@code key}; {@code null} when none is. */
    public Entry find(String key) {
        Entry post = bySlug.get(key);
        return post != null ? post : byTitle.get(key);
    }
}
