package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.renderer.PageKind;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import java.io.IOException;
import java.nio.file.Path;

/** One file of the output, and how to make it. */
public sealed interface PlannedFile permits PlannedFile.Rendered, PlannedFile.Copied {
    /** Who wins when two files claim one path: the lower rank. */
    enum Rank { POST, PAGE, ASSET, GENERATED, THEME_ASSET }

    /** The path relative to the output directory. */
    String path();

    /** What the file comes from, for messages: a source file, or what the build makes up. */
    String origin();

    Rank rank();

    /** Prepares a page (its template and model) once the Markdown is rendered and the views are built. */
    @FunctionalInterface
    interface Task {
        PageRenderer.Prepared prepare(PageRenderer renderer) throws TemplateFailure, IOException;
    }

    /** A page rendered by a template (or, for {@code layout: false}, its Markdown alone). */
    record Rendered(String path, PageKind kind, String origin, Rank rank, Task task) implements PlannedFile {
    }

    /** A file copied as it is, from the file system or, for the built-in theme, the class path. */
    record Copied(String path, String origin, Rank rank, Path file, String resource) implements PlannedFile {
    }
}
