package io.github.blogmaven.renderer.internal.feed;

import java.util.List;

/**
 * A feed, as {@code atom.ftlx} and {@code rss2.ftlx} see it ({@code feed}).
 *
 * @param title site title
 * @param subtitle site subtitle
 * @param description site description
 * @param language site language
 * @param author site author
 * @param home absolute URL of the home page
 * @param atomUrl absolute URL of the Atom feed
 * @param rss2Url absolute URL of the RSS feed
 * @param updated ISO-8601 of the newest change, or of the epoch for a site without posts
 * @param lastBuildDate the same in RFC 1123, for RSS
 * @param entries the newest posts, newest first
 */
public record FeedView(
        String title,
        String subtitle,
        String description,
        String language,
        String author,
        String home,
        String atomUrl,
        String rss2Url,
        String updated,
        String lastBuildDate,
        List<FeedEntry> entries) {

    public FeedView {
        entries = List.copyOf(entries);
    }
}
