package io.github.blogmaven.renderer.internal.markdown;

import io.github.blogmaven.model.ContentProblem;
import java.util.List;

/**
 * A rendered document.
 *
 * @param html the full content; where {@code <!-- more -->} was, {@code <span id="more"></span>}
 * @param excerpt the HTML before the first {@code <!-- more -->}, or else an automatic excerpt: whole top-level
 *     blocks from the start up to about the configured length
 * @param excerptIsPartial whether {@code excerpt} leaves out part of the content (so a "read more" link helps)
 * @param toc the headings, in document order
 * @param links every link and image, Markdown, raw HTML and tag plugins, with its line in the source file
 * @param warnings what the user should fix although the page could be made (an unknown tag plugin, say)
 * @param errors what must fail the build, as it fails Hexo's ({@code post_link} to a post that does not exist)
 */
public record RenderedMarkdown(String html, String excerpt, boolean excerptIsPartial, List<Heading> toc,
        List<LinkUse> links, List<ContentProblem> warnings, List<ContentProblem> errors) {
    public RenderedMarkdown {
        toc = List.copyOf(toc);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** A document without problems. */
    public RenderedMarkdown(String html, String excerpt, boolean excerptIsPartial, List<Heading> toc,
            List<LinkUse> links) {
        this(html, excerpt, excerptIsPartial, toc, links, List.of(), List.of());
    }

    /** A document without recorded links. */
    public RenderedMarkdown(String html, String excerpt, boolean excerptIsPartial, List<Heading> toc) {
        this(html, excerpt, excerptIsPartial, toc, List.of());
    }
}
