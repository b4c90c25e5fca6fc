package io.github.blogmaven.model.internal;

/**
 * A source file split into its front matter and its body.
 *
 * @param frontMatter the front-matter keys (empty when the file has none)
 * @param text the whole file, as {@link SourceText} reads it
 * @param bodyOffset where the body starts in {@code text}: the body is the rest of it
 * @param contentLine the 1-based line on which the body starts
 */
record ParsedSource(YamlDocument frontMatter, String text, int bodyOffset, int contentLine) {

    /** The text after the front matter. */
    String body() {
        return text.substring(bodyOffset);
    }
}
