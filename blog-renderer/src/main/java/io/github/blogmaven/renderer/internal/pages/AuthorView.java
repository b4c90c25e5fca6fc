package io.github.blogmaven.renderer.internal.pages;

/**
 * The author card of a post, from the front-matter keys Chinese Hexo themes use.
 *
 * @param name {@code author}
 * @param link {@code authorLink}, or null
 * @param avatar {@code avatar} as a URL, or null
 * @param description {@code authorDesc}, or null
 * @param about {@code authorAbout}, or null
 */
public record AuthorView(String name, String link, String avatar, String description, String about) {
}
