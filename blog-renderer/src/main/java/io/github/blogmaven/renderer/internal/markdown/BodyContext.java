package io.github.blogmaven.renderer.internal.markdown;

import java.util.Objects;

/**
 * What a post or page body may refer to beyond its own text, and which of Hexo's additions to Markdown apply to
 * it.
 *
 * @param posts the posts {@code {% post_link %}} and {@code {% post_path %}} find
 * @param tagPlugins whether {@code {% ... %}} tags are run ({@code false} for front-matter
 *     {@code disableNunjucks: true}, which leaves them as text)
 * @param math whether {@code $...$} and {@code $$...$$} are TeX math (site or front-matter {@code math: true})
 */
public record BodyContext(PostIndex posts, boolean tagPlugins, boolean math) {
    /** Tags on, no posts to link to, no math: what a body without a site around it gets. */
    public static final BodyContext DEFAULT = new BodyContext(PostIndex.EMPTY, true, false);

    public BodyContext {
        Objects.requireNonNull(posts, "posts");
    }
}
