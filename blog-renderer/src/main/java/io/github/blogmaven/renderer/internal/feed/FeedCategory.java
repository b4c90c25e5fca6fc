package io.github.blogmaven.renderer.internal.feed;

/**
 * A tag or category of a feed entry.
 *
 * @param name as written
 * @param url absolute URL of its page
 */
public record FeedCategory(String name, String url) {
}
