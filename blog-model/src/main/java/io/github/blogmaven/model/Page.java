package io.github.blogmaven.model;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A page: a Markdown file under {@code source/} outside {@code _posts} and {@code _drafts}, such as
 * {@code source/about/index.md}.
 *
 * @param source the file it was read from
 * @param title the title, {@code ""} when the front matter has none
 * @param date the front-matter {@code date}, or the file's modification time
 * @param updated the front-matter {@code updated}, or {@code date}
 * @param layout the layout to render with ({@code page} by default); {@code null} for {@code layout: false},
 *     which means the rendered Markdown is written without any theme
 * @param path the output path relative to the site root, such as {@code about/index.html}
 * @param body the Markdown (or HTML, see {@link #markdown()}) after the front matter, held in memory
 * @param frontMatter every front-matter key
 */
public record Page(
        SourceFile source,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        String layout,
        String path,
        Body body,
        FrontMatter frontMatter) {

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(frontMatter, "frontMatter");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the site root: " + path);
        }
    }

    /**
     * Whether the body is Markdown. An HTML source ({@code .html}, {@code .htm}), which Hexo also renders
     * as a page, is published as written, its front matter removed.
     */
    public boolean markdown() {
        String path = source.relativePath().toLowerCase(Locale.ROOT);
        return !(path.endsWith(".html") || path.endsWith(".htm"));
    }

    /** Whether the page is wrapped in a theme layout ({@code false} for {@code layout: false}). */
    public boolean themed() {
        return layout != null;
    }
}
