package io.github.blogmaven.renderer.internal.markdown;

import java.util.List;

/**
 * A rendered document.
 *
 * @param html the full content; where {@code <!-- more -->} was, {@code <span id="more"></span>}
 * @param excerpt the HTML before the first {@code <!-- more -->}, or else an automatic excerpt: whole top-level
 *     blocks from the start up to about the configured length
 * @param excerptIsPartial whether {@code excerpt} leaves out part of the content (so a "read more" link helps)
 * @param toc the headings, in document order
 * @param links every link and image, Markdown and raw HTML, with its line in the source file
 */
public record RenderedMarkdown(
        String html, String excerpt, boolean excerptIsPartial, List<Heading> toc, List<LinkUse> links) {
    public RenderedMarkdown {
        toc = List.copyOf(toc);
        links = List.copyOf(links);
    }

    /** A document without recorded links. */
    public RenderedMarkdown(String html, String excerpt, boolean excerptIsPartial, List<Heading> toc) {
        this(html, excerpt, excerptIsPartial, toc, List.of());
    }
}
