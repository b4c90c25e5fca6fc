package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An output folder kept up to date file by file, for a live session: after a first whole build
 * ({@link OutputSession}), each rebuild stages only the files that changed beside the folder, and once the
 * rebuild has succeeded moves each into place (an atomic rename, so a reader never sees half a page), deletes what
 * the site no longer has, and rewrites the manifest. A rebuild that fails leaves the folder as it was. The lock is
 * held for the whole session, so a {@code mvn package} into the same folder fails fast instead of mixing sites.
 */
public final class LiveOutput implements AutoCloseable {
    private final Path outputDir;
    private final Siblings siblings;
    private final OutputLock lock;
    private Manifest manifest;

    private LiveOutput(Path outputDir, Siblings siblings, OutputLock lock, Manifest manifest) {
        this.outputDir = outputDir;
        this.siblings = siblings;
        this.lock = lock;
        this.manifest = manifest;
    }

    /**
     * Takes over a folder a whole build has just written.
     *
     * @throws GenerateException when the folder is refused or another build holds it
     */
    public static LiveOutput open(Path baseDir, Path sourceDir, Path outputDir, Path home)
            throws GenerateException, IOException {
        OutputGuard guard = new OutputGuard(home);
        Path output = guard.check(baseDir, sourceDir, outputDir);
        guard.checkOwned(outputDir, output);
        Siblings siblings = new Siblings(output);
        OutputLock lock = OutputLock.acquire(siblings.lock(), outputDir);
        try {
            return new LiveOutput(outputDir, siblings, lock, Manifest.read(output).orElse(Manifest.EMPTY));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A new, empty staging folder for one rebuild's changed files. */
    public OutputWriter stage() throws IOException {
        return new OutputWriter(siblings.createStaging());
    }

    /**
     * Refuses a plan that would put a file where the user has one, as a whole build does.
     *
     * @param paths every path the site now has
     */
    public void claim(Collection<String> paths) throws GenerateException, IOException {
        UserFiles.refuseConflicts(siblings.output(), manifest, paths, outputDir);
    }

    /**
     * Moves the staged files into the folder, deletes {@code deleted} (only files the manifest lists: never the
     * user's), and records {@code all} as the files of the site.
     *
     * @param all every file of the site now; null when it has the same files as before
     */
    public void apply(OutputWriter staged, Set<String> deleted, Set<String> all) throws IOException {
        Path output = siblings.output();
        try {
            for (String path : new TreeSet<>(staged.written())) {
                Path target = output.resolve(OutputPath.check(output, path));
                Tree.createFolders(output, parentOf(path));
                Files.move(staged.resolve(path), target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            for (String path : deleted) {
                if (manifest.lists(path) && (all == null || !all.contains(path))) {
                    Path file = output.resolve(OutputPath.check(output, path));
                    Files.deleteIfExists(file);
                    deleteEmptyFolders(output, file.getParent());
                }
            }
            if (all == null) {
                return;
            }
            Manifest written = new Manifest(all);
            Path draft = staged.root().resolve(Manifest.FILE_NAME);
            Files.deleteIfExists(draft);
            written.writeTo(staged.root());
            Files.move(draft, output.resolve(Manifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            manifest = written;
        } finally {
            discard(staged);
        }
    }

    /** Drops a staging folder whose rebuild failed. */
    public void discard(OutputWriter staged) throws IOException {
        if (Files.exists(staged.root(), LinkOption.NOFOLLOW_LINKS)) {
            Tree.deleteAll(staged.root());
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static void deleteEmptyFolders(Path output, Path folder) throws IOException {
        List<Path> chain = new ArrayList<>();
        for (Path current = folder; current != null && !current.equals(output) && current.startsWith(output);
                current = current.getParent()) {
            chain.add(current);
        }
        for (Path current : chain) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
