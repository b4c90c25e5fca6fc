package io.github.blogmaven.renderer.internal.pages;

/**
 * A tag or category as a link.
 *
 * @param name as written in the front matter
 * @param slug its slug ({@code parent/child} for categories)
 * @param url root-relative URL of its page
 * @param count how many published posts it has (sub-categories' posts included)
 */
public record TermView(String name, String slug, String url, int count) {
}
