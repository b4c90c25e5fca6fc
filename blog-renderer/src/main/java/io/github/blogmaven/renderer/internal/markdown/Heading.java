package io.github.blogmaven.renderer.internal.markdown;

/**
 * A heading of a rendered document, for its table of contents.
 *
 * @param level 1 to 6
 * @param id the {@code id} attribute, Hexo-style (CJK kept, duplicates suffixed {@code -1}, {@code -2})
 * @param text the heading's plain text
 */
public record Heading(int level, String id, String text) {
}
