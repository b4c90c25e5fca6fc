package io.github.blogmaven.model.internal;

/**
 * A candidate front-matter block cut out of a source file, not yet parsed.
 *
 * @param format YAML ({@code ---}) or JSON ({@code ;;;})
 * @param fenced whether the block had an opening fence (without one, it is front matter only if it parses as
 *     a map)
 * @param raw the text between the fences
 * @param firstLine the 1-based file line on which {@code raw} starts
 * @param bodyOffset where the text after the closing fence starts
 * @param contentLine the 1-based file line on which the body starts
 */
record FrontMatterBlock(Format format, boolean fenced, String raw, int firstLine, int bodyOffset,
        int contentLine) {

    /** The two front-matter syntaxes Hexo knows. */
    enum Format { YAML, JSON }
}
