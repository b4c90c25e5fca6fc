package io.github.blogmaven.renderer.internal.markdown;

/**
 * One document to render.
 *
 * @param markdown the body, front matter removed
 * @param sourcePath the file relative to the project, for messages
 * @param firstLine the file line the body starts on, for messages
 * @param links what relative links resolve against
 */
public record MarkdownSource(String markdown, String sourcePath, int firstLine, LinkContext links) {
}
