package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SourceFile;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file found under the source directory.
 *
 * @param file the absolute path
 * @param relativePath the path relative to the project base directory, as shown in messages
 * @param inSource the path relative to the source directory ({@code _posts/hello.md}, {@code about/index.md})
 * @param size its size in bytes when it was found
 * @param modified its modification time when it was found
 */
record ScannedFile(Path file, String relativePath, String inSource, long size, FileTime modified) {

    SourceFile source() {
        return new SourceFile(file, relativePath);
    }

    /** For posts and drafts: the path below {@code _posts/} or {@code _drafts/}. */
    String inPostDir() {
        return inSource.substring(inSource.indexOf('/') + 1);
    }

    boolean inDrafts() {
        return inSource.startsWith(SourceScanner.DRAFTS + "/");
    }
}
