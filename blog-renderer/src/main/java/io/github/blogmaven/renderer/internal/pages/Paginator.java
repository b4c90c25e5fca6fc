package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * Where a list page is among its siblings.
 *
 * @param current 1-based number of this page
 * @param total number of pages (at least 1)
 * @param perPage posts per page, 0 when not paginated
 * @param totalPosts posts over all pages
 * @param prevUrl URL of the previous (newer) page, or null on the first
 * @param nextUrl URL of the next (older) page, or null on the last
 * @param pages a link to every page
 */
public record Paginator(
        int current, int total, int perPage, int totalPosts, String prevUrl, String nextUrl, List<PageLink> pages) {
    public Paginator {
        pages = List.copyOf(pages);
    }
}
