package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The user's files in an output folder: everything its {@link Manifest} does not list, such as a {@code CNAME},
 * a {@code .git/} or a note in {@code posts/}. They are found as outermost entries (a whole {@code .git/} is one
 * entry), carried from the previous site into the new one, and checked against the files a build will write so
 * that a build never replaces one of them.
 */
final class UserFiles {
    private UserFiles() {
    }

    /**
     * The user's entries in an output folder, and those in the way of a plan, found in one walk.
     *
     * @param entries the user's entries, outermost, sorted: what the swap carries into the new site ({@link #find})
     * @param conflicts the user's files and folders in the way of the plan, sorted ({@link #conflicts})
     */
    record Found(List<String> entries, List<String> conflicts) {
    }

    /**
     * The user's entries in {@code root}, relative to it, sorted. A real folder is entered when it holds a
     * listed file, so a user's file beside the build's files is found on its own; a symbolic link is an entry
     * and is never entered.
     */
    static List<String> find(Path root, Manifest ours) throws IOException {
        return scan(root, ours, Manifest.EMPTY).entries();
    }

    /**
     * Where the user's files are in the way of {@code planned}: a user's file or link at a planned path or where a
     * planned file needs a folder, or a user's folder at a planned path. A user's folder where the build also
     * writes files is not in the way; the two are merged. The same as {@link #scan}'s conflicts, found by looking
     * at the planned paths instead of walking the folder: each planned folder, parents first, then each planned
     * file whose folder is there, one {@code lstat} each, with no folder listed.
     */
    static List<String> conflicts(Path root, Manifest ours, Collection<String> planned) throws IOException {
        return conflicts(root, ours, planned, false);
    }

    /**
     * {@link #conflicts}, looking only at the planned paths {@code ours} does not have: a file or folder of the
     * previous site's is taken to be still the build's. For the check before a build renders, when the commit's
     * walk ({@link #scan}) looks at everything again: a rebuild's plan is mostly the previous site's paths, so this
     * looks at a handful where the walk read 60,000 entries for 10,000 posts.
     */
    static List<String> newPathConflicts(Path root, Manifest ours, Collection<String> planned) throws IOException {
        return conflicts(root, ours, planned, true);
    }

    private static List<String> conflicts(Path root, Manifest ours, Collection<String> planned, boolean newOnly)
            throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> conflicts = new ArrayList<>();
        Set<String> present = new HashSet<>();
        present.add("");
        for (String folder : foldersParentsFirst(planned)) {
            if (!present.contains(parent(folder))) {
                continue; // its parent is missing or in the way: nothing is there, or the parent is reported
            }
            if (newOnly && ours.holds(folder)) {
                present.add(folder);
                continue;
            }
            BasicFileAttributes attributes = attributes(root.resolve(folder));
            if (attributes == null) {
                continue;
            }
            if (attributes.isDirectory()) {
                present.add(folder); // the build's or the user's, merged
            } else if (!ours.lists(folder)) {
                conflicts.add(folder); // a file of the build's goes with the previous site
            }
        }
        for (String file : planned) {
            if (file.equals(Manifest.FILE_NAME) || newOnly && ours.lists(file) || !present.contains(parent(file))) {
                continue;
            }
            BasicFileAttributes attributes = attributes(root.resolve(file));
            if (attributes != null && (attributes.isDirectory() ? !ours.holds(file) : !ours.lists(file))) {
                conflicts.add(file);
            }
        }
        conflicts.sort(null);
        return List.copyOf(conflicts);
    }

    /** The folders the planned files need, each after its parent. */
    private static List<String> foldersParentsFirst(Collection<String> planned) {
        Set<String> folders = new HashSet<>();
        for (String file : planned) {
            int slash = file.lastIndexOf('/');
            // a folder already there brought its parents with it
            while (slash > 0 && folders.add(file.substring(0, slash))) {
                slash = file.lastIndexOf('/', slash - 1);
            }
        }
        List<String> sorted = new ArrayList<>(folders);
        sorted.sort(Comparator.comparingInt(String::length));
        return sorted;
    }

    /** What is at {@code path}, not following a link; null when nothing is. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The user's entries in {@code root} and those in the way of {@code planned}, in one walk: the commit needs
     * both, and a walk of a large site's output is a stat for each of its tens of thousands of files. The walk
     * goes through the folders in parallel (fork/join); a user's folder where the build also writes files is an
     * entry of its own, and is entered only to find what in it is in the way.
     */
    static Found scan(Path root, Manifest ours, Manifest planned) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return new Found(List.of(), List.of());
        }
        Walk walk = new Walk(ours, planned.files(), planned.folders());
        walk.walk(new Walk.Folder(root, "", false));
        List<String> entries = new ArrayList<>(walk.entries);
        List<String> conflicts = new ArrayList<>(walk.conflicts);
        entries.sort(null);
        conflicts.sort(null);
        return new Found(List.copyOf(entries), List.copyOf(conflicts));
    }

    /**
     * Refuses a plan that would put a file where the user has one: the build would replace it, or could not place
     * its own.
     *
     * @param outputDir the output folder as the user named it, for the message
     * @throws GenerateException naming up to ten of the user's files in the way
     */
    static void refuseConflicts(Path root, Manifest ours, Collection<String> planned, Path outputDir)
            throws GenerateException, IOException {
        refuse(conflicts(root, ours, planned), outputDir);
    }

    /**
     * Refuses a plan when {@code conflicts}, the user's files in its way, is not empty.
     *
     * @throws GenerateException naming up to ten of them
     */
    static void refuse(List<String> conflicts, Path outputDir) throws GenerateException {
        if (!conflicts.isEmpty()) {
            String listed = conflicts.size() <= 10 ? String.join(", ", conflicts)
                    : String.join(", ", conflicts.subList(0, 10)) + " and " + (conflicts.size() - 10) + " more";
            throw OutputGuard.refusal(outputDir, "the site would replace files blog-maven did not write: " + listed,
                    "move or delete them and build again; the site's own files will take their place");
        }
    }

    /**
     * Moves {@code entry} from {@code from} to the same place in {@code to}, creating the folders it needs there.
     * A folder that exists on both sides is merged entry by entry; anything else already at the target is an
     * error, and nothing is ever replaced.
     */
    static void move(Path from, Path to, String entry) throws IOException {
        Path source = from.resolve(entry);
        Path target = to.resolve(entry);
        int slash = entry.lastIndexOf('/');
        Tree.createFolders(to, slash < 0 ? "" : entry.substring(0, slash));
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // Same file system (siblings), so this is a rename; without REPLACE_EXISTING it never replaces.
            Files.move(source, target);
            return;
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            List<String> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
                entries.forEach(child -> children.add(entry + "/" + child.getFileName()));
            }
            for (String child : children) {
                move(from, to, child);
            }
            Files.delete(source);
            return;
        }
        throw new IOException("cannot move " + source + " to " + target + ": something else is already there");
    }

    /** One walk's state, shared by its folder tasks. */
    private static final class Walk extends FolderWalk<Walk.Folder> {
        private final Manifest ours;
        private final Set<String> plannedFiles;
        private final Set<String> plannedFolders;
        private final Queue<String> entries = new ConcurrentLinkedQueue<>();
        private final Queue<String> conflicts = new ConcurrentLinkedQueue<>();

        Walk(Manifest ours, Set<String> plannedFiles, Set<String> plannedFolders) {
            this.ours = ours;
            this.plannedFiles = plannedFiles;
            this.plannedFolders = plannedFolders;
        }

        /**
         * A folder to list, at {@code prefix} in the output folder; {@code inUserFolder} when it is in a user's
         * folder, already an entry, entered only for what in it is in the way of the plan.
         */
        record Folder(Path dir, String prefix, boolean inUserFolder) {
        }

        @Override
        List<Folder> list(Folder folder) throws IOException {
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder.dir())) {
                for (Path child : children) {
                    Folder subfolder = visit(child, folder.prefix() + child.getFileName(), folder.inUserFolder());
                    if (subfolder != null) {
                        subfolders.add(subfolder);
                    }
                }
            }
            return subfolders;
        }

        /** Takes {@code child} at {@code path}; returns it as a folder to enter when it is one. */
        private Folder visit(Path child, String path, boolean inUserFolder) throws IOException {
            if (path.equals(Manifest.FILE_NAME)) {
                return null;
            }
            boolean folder = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isDirectory();
            if (folder && !inUserFolder && ours.holds(path)) {
                return new Folder(child, path + "/", false);
            }
            if (inUserFolder || !ours.lists(path) || folder) {
                if (!inUserFolder) {
                    entries.add(path);
                }
                if (folder && plannedFolders.contains(path)) {
                    return new Folder(child, path + "/", true); // merged with the build's folder, not in the way
                }
                if (plannedFiles.contains(path) || plannedFolders.contains(path)) {
                    conflicts.add(path);
                }
            }
            return null;
        }
    }
}
