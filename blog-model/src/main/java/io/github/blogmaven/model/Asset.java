package io.github.blogmaven.model;

import java.util.Objects;

/**
 * A file published as it is: anything under {@code source/} that is not a post or page, and the files of a
 * post's asset folder.
 *
 * @param source the file
 * @param path the output path relative to the site root
 */
public record Asset(SourceFile source, String path) {
    public Asset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the site root: " + path);
        }
    }
}
