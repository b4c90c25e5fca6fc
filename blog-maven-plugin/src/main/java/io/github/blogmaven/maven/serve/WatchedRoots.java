package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the watcher covers, from the roots it was given: each directory root with everything below it, and each
 * file root (such as {@code _config.yml}) alone. A file root is watched through its parent directory, since
 * editors save by replacing the file, but the parent's other entries (such as {@code target/}, which the build
 * writes) are neither walked nor delivered.
 */
final class WatchedRoots {

    private final List<Path> directoryRoots;
    private final Set<Path> fileRoots;
    private final Set<Path> fileRootParents;
    private final List<Path> registered;

    WatchedRoots(List<Path> directoryRoots, Set<Path> fileRoots) {
        this.directoryRoots = List.copyOf(directoryRoots);
        this.fileRoots = Set.copyOf(fileRoots);
        Set<Path> parents = new LinkedHashSet<>();
        for (Path file : fileRoots) {
            parents.add(file.getParent());
        }
        this.fileRootParents = Set.copyOf(parents);
        Set<Path> toRegister = new LinkedHashSet<>();
        for (Path directory : directoryRoots) {
            if (!isBelowAnother(directory, directoryRoots)) {
                toRegister.add(directory);
            }
        }
        for (Path parent : parents) {
            if (!isInsideDirectoryRoot(parent)) {
                toRegister.add(parent);
            }
        }
        this.registered = List.copyOf(toRegister);
    }

    /**
     * Classifies {@code roots} as they are now, made absolute and normalized; a root that does not exist is
     * skipped and said so at debug level.
     */
    static WatchedRoots of(List<Path> roots, BuildListener log) {
        List<Path> directories = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            Path path = root.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                directories.add(path);
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                log.debug("Not watching " + path + ": it does not exist");
            }
        }
        return new WatchedRoots(directories, files);
    }

    /** The directories to hand to the file system watcher: no one of them inside another's watched tree. */
    List<Path> registered() {
        return registered;
    }

    /** Whether a change to {@code path} (absolute and normalized) is one the watcher delivers. */
    boolean delivers(Path path) {
        return (isInsideDirectoryRoot(path) || fileRoots.contains(path)) && !EditorNoise.matches(path);
    }

    /**
     * Whether a walk of the tree from {@code start} (to watch it, or to report what a new directory holds) goes
     * into {@code directory}. It does not go into another registered directory, which is walked from its own start,
     * nor below a file root's parent outside every directory root.
     */
    boolean walksInto(Path directory, Path start) {
        if (!directory.equals(start) && registered.contains(directory)) {
            return false;
        }
        return isInsideDirectoryRoot(directory) || !isBelowFileRootParent(directory);
    }

    private boolean isInsideDirectoryRoot(Path path) {
        for (Path root : directoryRoots) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBelowFileRootParent(Path path) {
        for (Path parent : fileRootParents) {
            if (path.startsWith(parent) && !path.equals(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBelowAnother(Path directory, List<Path> directories) {
        for (Path other : directories) {
            if (!other.equals(directory) && directory.startsWith(other)) {
                return true;
            }
        }
        return false;
    }
}
