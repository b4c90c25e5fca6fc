package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Folder operations that never follow a symbolic link: a link met on the way is deleted or moved as a link, and
 * never entered, so nothing outside the folder worked on is touched.
 */
final class Tree {
    private Tree() {
    }

    /** Deletes {@code dir} and everything in it. */
    static void deleteAll(Path dir) throws IOException {
        // walkFileTree does not follow links unless asked: a link to a folder is visited, and deleted, as a file.
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes from {@code dir} the files {@code manifest} lists, then the folders left empty, then the manifest
     * and {@code dir} itself when nothing else is left. Folders are worked on in parallel: deleting tens of
     * thousands of files is kernel time, which two threads halve.
     *
     * @return what was kept because the manifest does not list it, relative to {@code dir}, sorted; empty when
     *     {@code dir} is gone
     */
    static List<String> deleteListed(Path dir, Manifest manifest) throws IOException {
        Queue<String> kept = new ConcurrentLinkedQueue<>();
        new DeleteListed(dir, manifest, kept).walk(dir);
        List<String> sorted = new ArrayList<>(kept);
        if (sorted.isEmpty()) {
            Files.deleteIfExists(dir.resolve(Manifest.FILE_NAME));
            if (isEmpty(dir)) {
                Files.delete(dir);
            } else {
                sorted.addAll(names(dir));
            }
        }
        sorted.sort(null);
        return sorted;
    }

    /**
     * The listed files of each folder; a folder left empty goes too, if the manifest has files in it (the build made
     * it). A link is never entered: it is deleted or kept as a file. A listed file is unlinked by its name in the
     * folder's open directory where the platform allows it (Linux and macOS): one system call instead of three,
     * as {@code Files.delete} looks at a file before deleting it, and nothing on the path to it is followed.
     */
    private static final class DeleteListed extends FolderWalk<Path> {
        private final Path root;
        private final Manifest manifest;
        private final Queue<String> kept;

        DeleteListed(Path root, Manifest manifest, Queue<String> kept) {
            this.root = root;
            this.manifest = manifest;
            this.kept = kept;
        }

        /** Deletes the listed files of {@code dir}, keeps the others; returns its subfolders. */
        @Override
        List<Path> list(Path dir) throws IOException {
            List<Path> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                SecureDirectoryStream<Path> open =
                        entries instanceof SecureDirectoryStream<Path> secure ? secure : null;
                for (Path entry : entries) {
                    String path = relative(root, entry);
                    boolean listed = manifest.lists(path);
                    if (listed && open != null && unlinked(open, entry.getFileName())) {
                        continue;
                    }
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        subfolders.add(entry);
                    } else if (listed) {
                        Files.delete(entry);
                    } else if (!path.equals(Manifest.FILE_NAME)) {
                        kept.add(path);
                    }
                }
            }
            return subfolders;
        }

        /**
         * Deletes {@code dir} if it is empty and the build made it; reports it if it is empty and the build did not.
         * A folder the build made that is not empty holds what is kept, which is reported on its own.
         */
        @Override
        void finish(Path dir) throws IOException {
            String path = relative(root, dir);
            if (manifest.holds(path)) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    return; // replaced by something of the user's since it was listed: kept
                }
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    // it holds something kept
                }
            } else if (isEmpty(dir)) {
                kept.add(path);
            }
        }

        /** Unlinks {@code name} in {@code folder}; false when it is a folder (or gone), for the caller to look at. */
        private static boolean unlinked(SecureDirectoryStream<Path> folder, Path name) {
            try {
                folder.deleteFile(name);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Creates the folders of {@code relative} below {@code root}, one by one, refusing any that is not one. */
    static void createFolders(Path root, String relative) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(root);
        }
        if (!relative.isEmpty()) {
            createFolder(root, relative, new HashSet<>());
        }
    }

    /**
     * Creates {@code folder}, relative to {@code root}, and those above it, unless {@code made} has them: for many
     * files written or moved into one tree, each folder looked at once. A file or link where a folder goes is
     * refused. {@code made} may be shared between threads if it is a concurrent set.
     */
    static void createFolder(Path root, String folder, Set<String> made) throws IOException {
        if (made.contains(folder)) {
            return;
        }
        int slash = folder.lastIndexOf('/');
        if (slash > 0) {
            createFolder(root, folder.substring(0, slash), made);
        }
        Path dir = root.resolve(folder);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot create the folder " + dir + ": "
                        + (Files.isSymbolicLink(dir) ? "it is a symbolic link" : "a file is there"), e);
            }
        }
        made.add(folder);
    }

    /** {@code path} relative to {@code root}, with {@code /} separators. */
    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        return names;
    }
}
