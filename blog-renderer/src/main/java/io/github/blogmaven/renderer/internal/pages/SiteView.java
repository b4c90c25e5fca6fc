package io.github.blogmaven.renderer.internal.pages;

import java.util.List;
import java.util.Map;

/**
 * The site as every template sees it, as {@code site}.
 *
 * @param title {@code title}
 * @param subtitle {@code subtitle}
 * @param description {@code description}
 * @param author {@code author}
 * @param language {@code language}, for {@code <html lang>}
 * @param url {@code url}, without a trailing slash
 * @param root {@code root}
 * @param home root-relative URL of the home page: the root, or the post list at {@code index_generator.path}
 *     when nothing else is published at the root
 * @param config every key of {@code _config.yml}, known or not ({@code site.config.keywords})
 * @param data the files of {@code source/_data} ({@code site.data.menu})
 * @param menu the {@code menu:} of {@code _config.yml}; empty when there is none
 * @param tags every tag, sorted by name
 * @param categories the top-level categories, with their sub-categories nested
 * @param recentPosts the five newest posts, each its title and URL
 * @param postCount the number of published posts
 * @param atomUrl root-relative URL of the Atom feed
 * @param rss2Url root-relative URL of the RSS feed
 * @param archivesUrl root-relative URL of the archive
 * @param tagsUrl root-relative URL of the tags index
 * @param categoriesUrl root-relative URL of the categories index
 */
public record SiteView(
        String title,
        String subtitle,
        String description,
        String author,
        String language,
        String url,
        String root,
        String home,
        Map<String, Object> config,
        Map<String, Object> data,
        List<MenuItem> menu,
        List<TermView> tags,
        List<CategoryNode> categories,
        List<PostLink> recentPosts,
        int postCount,
        String atomUrl,
        String rss2Url,
        String archivesUrl,
        String tagsUrl,
        String categoriesUrl) {

    public SiteView {
        menu = List.copyOf(menu);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        recentPosts = List.copyOf(recentPosts);
    }
}
