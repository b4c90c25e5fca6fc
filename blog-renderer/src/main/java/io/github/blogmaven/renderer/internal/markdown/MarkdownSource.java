package io.github.blogmaven.renderer.internal.markdown;

/**
 * One document to render.
 *
 * @param markdown the body, front matter removed
 * @param sourcePath the file relative to the project, for messages
 * @param firstLine the file line the body starts on, for messages
 * @param links what relative links resolve against
 * @param body the posts it may link to with tags, and whether tags and math apply
 */
public record MarkdownSource(String markdown, String sourcePath, int firstLine, LinkContext links, BodyContext body) {
    public MarkdownSource {
        body = body == null ? BodyContext.DEFAULT : body;
    }

    /** A document with {@link BodyContext#DEFAULT}: tags on, no posts to link to, no math. */
    public MarkdownSource(String markdown, String sourcePath, int firstLine, LinkContext links) {
        this(markdown, sourcePath, firstLine, links, BodyContext.DEFAULT);
    }
}
