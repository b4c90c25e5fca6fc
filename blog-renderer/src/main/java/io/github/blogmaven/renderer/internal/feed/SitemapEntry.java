package io.github.blogmaven.renderer.internal.feed;

/**
 * One URL of the sitemap.
 *
 * @param loc absolute, percent-encoded URL
 * @param lastmod ISO-8601 with offset, or null
 * @param changefreq {@code daily}, {@code weekly} or {@code monthly}
 * @param priority {@code 1.0}, {@code 0.6} or {@code 0.2}
 */
public record SitemapEntry(String loc, String lastmod, String changefreq, String priority) {
}
