package io.github.blogmaven.renderer.internal.pages;

/**
 * A link to another post.
 *
 * @param title its title
 * @param url its root-relative URL
 */
public record PostLink(String title, String url) {
}
