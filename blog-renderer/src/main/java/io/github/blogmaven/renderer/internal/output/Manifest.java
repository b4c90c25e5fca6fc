package io.github.blogmaven.renderer.internal.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The list of files a build wrote, kept in the output directory as {@value #FILE_NAME}: one path relative to the
 * output directory per line, sorted, after a comment line. It is what makes a folder blog-maven's own, and it
 * is the only list of files blog-maven ever deletes there; anything else (a {@code CNAME}, a {@code .git/}) is
 * the user's and is kept.
 */
public final class Manifest {
    /** The manifest's file name, in the top of the output directory. */
    public static final String FILE_NAME = ".blog-maven-manifest";

    static final Manifest EMPTY = new Manifest(List.of());

    private static final String HEADER = "# Files blog-maven wrote here. It replaces or deletes only these;"
            + " everything else in this folder is left alone.";

    /** Sorted, as the file lists them. */
    private final List<String> sorted;
    /**
     * Hashed for {@link #lists}: a walk of a large site's output asks once for each of its tens of thousands of
     * files, and a sorted set compares long paths sharing long prefixes a dozen times for each.
     */
    private final Set<String> files;
    private final Set<String> folders;

    Manifest(Collection<String> files) {
        // An array sort and a pass, rather than a sorted set and a substring for every slash of every path: this
        // runs once a build for tens of thousands of paths, after the last page is written.
        String[] paths = files.toArray(new String[0]);
        Arrays.sort(paths);
        List<String> distinct = new ArrayList<>(paths.length);
        Set<String> holders = new HashSet<>();
        String folder = "";
        for (String path : paths) {
            if (!distinct.isEmpty() && distinct.get(distinct.size() - 1).equals(path)) {
                continue;
            }
            distinct.add(path);
            int slash = path.lastIndexOf('/');
            if (slash < 0 || slash == folder.length() && path.startsWith(folder)) {
                continue; // in the top folder, or in the same folder as the path before
            }
            folder = path.substring(0, slash);
            // A folder is added with every folder above it, so one already held has them all.
            String holder = folder;
            while (holders.add(holder) && holder.indexOf('/') >= 0) {
                holder = holder.substring(0, holder.lastIndexOf('/'));
            }
        }
        this.sorted = Collections.unmodifiableList(distinct);
        this.files = Set.copyOf(distinct);
        this.folders = Collections.unmodifiableSet(holders);
    }

    /**
     * The manifest of {@code dir}, or empty when it has none. Lines that are not a safe relative path (a
     * hand-edited {@code ../x}) are ignored, so a manifest can never name anything outside its folder.
     */
    static Optional<Manifest> read(Path dir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        List<String> files = lines.stream().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .filter(line -> isSafe(dir, line)).toList();
        return Optional.of(new Manifest(files));
    }

    /** Whether {@code dir} has a manifest, that is, whether blog-maven built into it before. */
    static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes this manifest into {@code dir}. */
    void writeTo(Path dir) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            out.write(HEADER);
            out.write('\n');
            for (String file : sorted) {
                out.write(file);
                out.write('\n');
            }
        }
    }

    /** Whether {@code path} is a file this manifest lists. */
    boolean lists(String path) {
        return files.contains(path);
    }

    /** Whether {@code path} is a folder holding a file this manifest lists. */
    boolean holds(String path) {
        return folders.contains(path);
    }

    Set<String> files() {
        return files;
    }

    /** Every folder that holds a listed file, at any depth. */
    Set<String> folders() {
        return folders;
    }

    /** Whether {@code line} is a safe path relative to {@code dir}: not one that leads outside it. */
    static boolean isSafe(Path dir, String line) {
        try {
            OutputPath.check(dir.toAbsolutePath().normalize(), line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
