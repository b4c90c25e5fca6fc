package io.github.blogmaven.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a piece of content came from.
 *
 * @param file the absolute path of the file
 * @param relativePath the path relative to the project base directory, with {@code /} separators, as shown in
 *     messages (for example {@code source/_posts/hello.md})
 */
public record SourceFile(Path file, String relativePath) {
    public SourceFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
    }

    @Override
    public String toString() {
        return relativePath;
    }
}
