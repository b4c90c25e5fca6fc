package io.github.blogmaven.renderer.internal.pages;

/**
 * An entry of the site navigation, from {@code menu:} in {@code _config.yml}.
 *
 * @param name the label
 * @param url the URL, root-relative unless it was absolute
 */
public record MenuItem(String name, String url) {
}
