package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Walks a tree for directory-watcher (to register directories, and to report what a new directory holds) but only
 * through the directories {@link WatchedRoots} covers, so the parent of {@code _config.yml} is watched without its
 * {@code target/} or {@code node_modules/}.
 */
final class WatchedTreeVisitor implements FileTreeVisitor {

    private final WatchedRoots roots;
    private final BuildListener log;

    WatchedTreeVisitor(WatchedRoots roots, BuildListener log) {
        this.roots = roots;
        this.log = log;
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                if (!roots.walksInto(directory, start)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(directory);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                reportUnwalkable(file, e);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) {
                if (e != null) {
                    reportUnwalkable(directory, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void reportUnwalkable(Path path, IOException e) {
        // A path deleted while it was walked needs no word: its own delete event reports it.
        if (!(e instanceof NoSuchFileException)) {
            log.warn("Not watching " + path + ": " + e);
        }
    }
}
