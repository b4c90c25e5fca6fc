package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rendered Markdown of a build, looked up by source file ({@link io.github.blogmaven.model.SourceFile#relativePath()}),
 * so a post object re-read with only a new body (a live rebuild) finds its new rendering from any list that still
 * holds the previous object.
 *
 * @param posts every post, with root-relative links, by source file
 * @param pages every page, with root-relative links, by source file
 * @param feedPosts the posts of the feeds, rendered again with absolute links, by source file
 */
public record RenderedContent(
        Map<String, RenderedMarkdown> posts, Map<String, RenderedMarkdown> pages,
        Map<String, RenderedMarkdown> feedPosts) {

    public RenderedContent {
        posts = Collections.unmodifiableMap(new HashMap<>(posts));
        pages = Collections.unmodifiableMap(new HashMap<>(pages));
        feedPosts = Collections.unmodifiableMap(new HashMap<>(feedPosts));
    }

    public RenderedMarkdown of(Post post) {
        return require(posts.get(post.source().relativePath()), post.source().relativePath());
    }

    public RenderedMarkdown of(Page page) {
        return require(pages.get(page.source().relativePath()), page.source().relativePath());
    }

    /** The post rendered with absolute links, or the root-relative rendering when it is not in a feed. */
    public RenderedMarkdown forFeed(Post post) {
        RenderedMarkdown absolute = feedPosts.get(post.source().relativePath());
        return absolute != null ? absolute : of(post);
    }

    /**
     * What the Markdown of the posts and pages warns about (an unknown tag plugin...), sorted by file and line; the
     * feeds' second rendering of a post says nothing new.
     */
    public List<ContentProblem> warnings() {
        return collect(RenderedMarkdown::warnings);
    }

    /** What in the Markdown of the posts and pages must fail the build, sorted by file and line. */
    public List<ContentProblem> errors() {
        return collect(RenderedMarkdown::errors);
    }

    private List<ContentProblem> collect(Function<RenderedMarkdown, List<ContentProblem>> kind) {
        List<ContentProblem> problems = new ArrayList<>();
        posts.values().forEach(rendered -> problems.addAll(kind.apply(rendered)));
        pages.values().forEach(rendered -> problems.addAll(kind.apply(rendered)));
        problems.sort(null);
        return problems;
    }

    private static RenderedMarkdown require(RenderedMarkdown rendered, String source) {
        if (rendered == null) {
            throw new IllegalStateException("not rendered: " + source);
        }
        return rendered;
    }
}
