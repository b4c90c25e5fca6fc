package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Term;
import java.util.List;

/**
 * One page of a paginated post list, before rendering: which posts and which siblings. Computed from the model
 * alone, so the list of output files is known before any Markdown is rendered.
 *
 * @param kind {@code index}, {@code archive}, {@code tag} or {@code category}
 * @param route this page's route
 * @param number 1-based page number
 * @param routes the routes of all pages of this list, in order
 * @param perPage posts per page, 0 for all on one
 * @param totalPosts posts over all pages
 * @param posts the posts of this page
 * @param tag the tag of a tag list, else null
 * @param category the category of a category list, else null
 * @param year the year of a yearly, monthly or daily archive, else null
 * @param month the month of a monthly or daily archive, else null
 * @param day the day of a daily archive, else null
 */
public record Listing(
        String kind,
        String route,
        int number,
        List<String> routes,
        int perPage,
        int totalPosts,
        List<Post> posts,
        Term tag,
        Category category,
        String year,
        String month,
        String day) {

    public Listing {
        routes = List.copyOf(routes);
        posts = List.copyOf(posts);
    }
}
