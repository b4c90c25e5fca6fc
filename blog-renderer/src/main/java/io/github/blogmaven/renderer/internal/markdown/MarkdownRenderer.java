package io.github.blogmaven.renderer.internal.markdown;

/** Renders Markdown as Hexo's default renderer does. Immutable and thread-safe: build one per site. */
public final class MarkdownRenderer {
    private final MarkdownOptions options;

    public MarkdownRenderer(MarkdownOptions options) {
        this.options = options;
    }

    /** Renders one document. */
    public RenderedMarkdown render(MarkdownSource source) {
        throw new UnsupportedOperationException("not yet implemented: " + options);
    }
}
