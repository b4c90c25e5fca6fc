package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * Posts of one year on an archive page.
 *
 * @param year four digits
 * @param posts newest first
 */
public record YearGroup(String year, List<ArticleView> posts) {
    public YearGroup {
        posts = List.copyOf(posts);
    }
}
