package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * One page of a post list: the home page, an archive, a tag or a category.
 *
 * @param kind {@code index}, {@code archive}, {@code tag} or {@code category}
 * @param title the page title, without the site title: the tag's name, the category's, {@code 2017/10} for a
 *     monthly archive, {@code 2017/10/14} for a daily one, {@code ""} for the home page and the full archive
 * @param path the output file, relative to the site root
 * @param url root-relative URL
 * @param permalink absolute URL
 * @param posts the posts of this page, in the list's {@code order_by} (newest first unless configured; sticky
 *     ones first on the home page)
 * @param groups the same posts grouped by year, for archives
 * @param tag the tag of a tag page, else null
 * @param category the category of a category page, else null
 * @param year the year of a yearly, monthly or daily archive, else null
 * @param month the month of a monthly or daily archive, else null
 * @param day the day of a daily archive, else null
 */
public record ListingView(
        String kind,
        String title,
        String path,
        String url,
        String permalink,
        List<ArticleView> posts,
        List<YearGroup> groups,
        TermView tag,
        CategoryView category,
        String year,
        String month,
        String day) {

    public ListingView {
        posts = List.copyOf(posts);
        groups = List.copyOf(groups);
    }
}
