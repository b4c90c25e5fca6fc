package io.github.blogmaven.renderer.internal.markdown;

/**
 * A link or image of a document, and where its source wrote it, so a broken one can be reported at its line.
 *
 * @param written the URL as the source wrote it
 * @param url the URL as the rendered HTML has it: for Markdown links and images the resolved, root-relative or
 *     absolute URL; for raw HTML ({@code <img src>}) the value as written, relative to the page the document is
 *     published as
 * @param line the 1-based line of the source file
 * @param column the 1-based column of the source file
 */
public record LinkUse(String written, String url, int line, int column) {
}
