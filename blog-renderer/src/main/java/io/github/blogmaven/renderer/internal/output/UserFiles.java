package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * The user's entries in {@code root}, relative to it, sorted. A real folder is entered when it holds a
     * listed file, so a user's file beside the build's files is found on its own; a symbolic link is an entry
     * and is never entered.
     */
    static List<String> find(Path root, Manifest ours) throws IOException {
        return find(root, ours, Set.of());
    }

    /**
     * Where the user's files are in the way of {@code planned}: a user's file or link at a planned path or where a
     * planned file needs a folder, or a user's folder at a planned path. A user's folder where the build also
     * writes files is not in the way; the two are merged.
     */
    static List<String> conflicts(Path root, Manifest ours, Collection<String> planned) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Set<String> files = new HashSet<>(planned);
        Set<String> folders = new Manifest(planned).folders();
        List<String> conflicts = new ArrayList<>();
        for (String entry : find(root, ours, folders)) {
            if (files.contains(entry) || folders.contains(entry)) {
                conflicts.add(entry);
            }
        }
        return conflicts;
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
        List<String> conflicts = conflicts(root, ours, planned);
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

    private static List<String> find(Path root, Manifest ours, Set<String> alsoEnter) throws IOException {
        List<String> found = new ArrayList<>();
        collect(root, "", ours, alsoEnter, found);
        found.sort(null);
        return found;
    }

    private static void collect(Path folder, String prefix, Manifest ours, Set<String> alsoEnter, List<String> found)
            throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        }
        for (Path child : children) {
            String path = prefix + child.getFileName();
            if (path.equals(Manifest.FILE_NAME)) {
                continue;
            }
            BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory() && (ours.holds(path) || alsoEnter.contains(path))) {
                collect(child, path + "/", ours, alsoEnter, found);
            } else if (!(ours.lists(path) && !attrs.isDirectory())) {
                found.add(path);
            }
        }
    }
}
