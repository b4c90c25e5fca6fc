package io.github.blogmaven.renderer.internal.markdown;

/**
 * Site-wide Markdown settings.
 *
 * @param breaks a single newline inside a paragraph is a {@code <br>} (Hexo's default, {@code marked.breaks})
 * @param autoExcerptLength the number of characters (CJK counted one each) an automatic excerpt aims for
 */
public record MarkdownOptions(boolean breaks, int autoExcerptLength) {
}
