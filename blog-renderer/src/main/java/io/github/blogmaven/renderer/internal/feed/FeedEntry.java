package io.github.blogmaven.renderer.internal.feed;

import java.util.List;

/**
 * A post in a feed. HTML values are strings, escaped by the {@code .ftlx} template.
 *
 * @param title the title
 * @param url absolute URL, also the entry's id
 * @param published ISO-8601 with offset
 * @param updated ISO-8601 with offset
 * @param pubDate RFC 1123, for RSS
 * @param author front-matter {@code author}, or the site's
 * @param summary as HTML: front-matter {@code description}, {@code intro} or {@code excerpt}, else the part
 *     before {@code <!-- more -->}, else the start of the content's text; null for an empty post
 * @param content the whole content as HTML, links absolute; null with {@code feed.content: false}
 * @param categories its categories, then its tags
 */
public record FeedEntry(
        String title,
        String url,
        String published,
        String updated,
        String pubDate,
        String author,
        String summary,
        String content,
        List<FeedCategory> categories) {

    public FeedEntry {
        categories = List.copyOf(categories);
    }
}
