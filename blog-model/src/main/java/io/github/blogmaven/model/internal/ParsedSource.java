package io.github.blogmaven.model.internal;

/**
 * A source file split into its front matter and its body.
 *
 * @param frontMatter the front-matter keys (empty when the file has none)
 * @param body the text after the front matter
 * @param contentLine the 1-based line on which {@code body} starts
 */
record ParsedSource(YamlDocument frontMatter, String body, int contentLine) {
}
