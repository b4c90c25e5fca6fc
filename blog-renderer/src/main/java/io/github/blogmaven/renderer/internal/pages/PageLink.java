package io.github.blogmaven.renderer.internal.pages;

/**
 * One numbered link of a paginator.
 *
 * @param number 1-based page number
 * @param url root-relative URL of that page
 * @param current whether it is the page being shown
 */
public record PageLink(int number, String url, boolean current) {
}
