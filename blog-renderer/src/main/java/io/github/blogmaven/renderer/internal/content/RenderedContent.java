package io.github.blogmaven.renderer.internal.content;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rendered Markdown of a build, looked up by the very post or page object of the loaded site.
 *
 * @param posts every post, with root-relative links
 * @param pages every page, with root-relative links
 * @param feedPosts the posts of the feeds, rendered again with absolute links
 */
public record RenderedContent(
        Map<Post, RenderedMarkdown> posts, Map<Page, RenderedMarkdown> pages, Map<Post, RenderedMarkdown> feedPosts) {

    public RenderedContent {
        posts = Collections.unmodifiableMap(new IdentityHashMap<>(posts));
        pages = Collections.unmodifiableMap(new IdentityHashMap<>(pages));
        feedPosts = Collections.unmodifiableMap(new IdentityHashMap<>(feedPosts));
    }

    public RenderedMarkdown of(Post post) {
        return require(posts.get(post), post.source().relativePath());
    }

    public RenderedMarkdown of(Page page) {
        return require(pages.get(page), page.source().relativePath());
    }

    /** The post rendered with absolute links, or the root-relative rendering when it is not in a feed. */
    public RenderedMarkdown forFeed(Post post) {
        RenderedMarkdown absolute = feedPosts.get(post);
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
