package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a finished site in place of the previous one so that, whenever the process dies, the output folder
 * holds either the whole previous site or the whole new one, each with the user's files, or can be brought
 * back to one of them by {@link #recover()}. Every name used is given by {@link Siblings}; output folder
 * {@code O}, staging folder {@code S}.
 *
 * <h2>The swap</h2>
 * <ol>
 *   <li>{@code S} holds the new site and its {@link Manifest}, but for the files it borrows from {@code O}
 *       (unchanged since the previous build, which {@link OutputWriter} did not write again); the build wrote
 *       nothing else anywhere.</li>
 *   <li>Write the list of the borrowed files into {@code S} as {@value #BORROWED}.</li>
 *   <li>Write the journal {@code .<name>.swap}, naming {@code S} and a new name {@code B} for the previous
 *       site. It is written to a draft and renamed, so it is either whole or absent.</li>
 *   <li>Move each of the user's entries (what {@code O}'s manifest does not list) from {@code O} to the same
 *       path in {@code S}. Each move is a rename.</li>
 *   <li>Move each borrowed file from {@code O} to the same path in {@code S}, by a rename; a folder holding
 *       nothing but borrowed files (as in most of a site after a one-post edit) is moved whole.</li>
 *   <li>Rename {@code O} to {@code B}.</li>
 *   <li>Rename {@code S} to {@code O}. <b>This is the commit point</b>: before it the previous site is restored,
 *       after it the new one stays.</li>
 *   <li>Delete the list of borrowed files from {@code O}.</li>
 *   <li>Delete from {@code B} the files its manifest lists, the folders they leave empty, then {@code B}.</li>
 *   <li>Delete the journal.</li>
 * </ol>
 * The user's and the borrowed files are moved before any rename, so at every moment each of them is in exactly
 * one of {@code O}, {@code S} and {@code B}, and the journal names the two that are not {@code O}.
 *
 * <h2>Recovery</h2>
 * Run under the lock before every build, and after a swap that failed. Each step can be repeated, so a crash
 * during recovery is recovered by the next one.
 * <ul>
 *   <li>A journal names {@code S}, and {@code S} exists: the swap did not reach its commit point; roll back.
 *       If {@code O} is missing, rename {@code B} back to {@code O}. Move each file the list of borrowed files
 *       names that is in {@code S} back to {@code O}, then delete the list. Move every entry of {@code S} that
 *       {@code S}'s manifest does not list (the user's, moved in step 4) back to {@code O}. Delete the rest of
 *       {@code S} by its manifest. Delete the journal.</li>
 *   <li>A journal names {@code S}, and {@code S} is gone: the swap committed; finish steps 8 and 9 if not done,
 *       and delete the journal.</li>
 *   <li>Any staging folder no journal names holds only files a build wrote, since the user's and the borrowed
 *       files enter {@code S} only once the journal exists: delete it. Any previous-site folder no journal names
 *       is one whose step 9 found files no manifest lists: they are kept and reported each time.</li>
 * </ul>
 * Only the files a manifest lists are ever deleted from {@code O}'s contents, and links are never followed
 * (see {@link Tree}). Durability against power loss is not attempted: files are not flushed to disk one by
 * one, which would make a large build many times slower.
 */
final class SiteSwap {
    /** The moments of a swap, for tests that stop it there as a crash would. */
    enum Step {
        JOURNAL_WRITTEN, USER_ENTRY_MOVED, BORROWED_MOVED, PREVIOUS_SET_ASIDE, STAGING_MOVED_IN, PREVIOUS_DELETED
    }

    /** The list of the files the new site borrows from the previous one, in the staging folder during a swap. */
    static final String BORROWED = ".blog-maven-borrowed";

    /** Called at each {@link Step}; a test throws from it to stop the swap there. */
    @FunctionalInterface
    interface Checkpoint {
        Checkpoint NONE = step -> {
        };

        void reached(Step step) throws IOException;
    }

    private static final String JOURNAL_HEADER = "blog-maven swap journal 1";

    private final Siblings siblings;
    private final BuildListener listener;
    private final Checkpoint checkpoint;

    SiteSwap(Siblings siblings, BuildListener listener) {
        this(siblings, listener, Checkpoint.NONE);
    }

    SiteSwap(Siblings siblings, BuildListener listener, Checkpoint checkpoint) {
        this.siblings = siblings;
        this.listener = listener;
        this.checkpoint = checkpoint;
    }

    /**
     * Swaps {@code staging}, a finished site with its manifest, in for the output folder.
     *
     * @param ours the output folder's manifest, as read under the build's lock (empty when it has none)
     * @param next the manifest written into {@code staging}
     * @param userEntries the user's entries in the output folder ({@link UserFiles#find}), carried into the new site
     * @param borrowed the files of the new site that are the output folder's, unchanged, and not in {@code staging}
     */
    void swap(Path staging, Manifest ours, Manifest next, List<String> userEntries, Set<String> borrowed)
            throws IOException {
        Path output = siblings.output();
        Path previous = siblings.newPrevious();
        keepPermissions(output, staging);
        if (!borrowed.isEmpty()) {
            Files.write(staging.resolve(BORROWED), borrowed, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        writeJournal(staging, previous);
        checkpoint.reached(Step.JOURNAL_WRITTEN);
        long dropped = 0;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            dropped = ours.files().stream().filter(file -> !next.lists(file)).count();
            for (String entry : userEntries) {
                UserFiles.move(output, staging, entry);
                checkpoint.reached(Step.USER_ENTRY_MOVED);
            }
            Set<String> folders = new HashSet<>();
            for (String entry : borrowedMoves(ours, next, borrowed, userEntries)) {
                move(output, staging, entry, folders);
                checkpoint.reached(Step.BORROWED_MOVED);
            }
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            checkpoint.reached(Step.PREVIOUS_SET_ASIDE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        checkpoint.reached(Step.STAGING_MOVED_IN);
        Files.deleteIfExists(output.resolve(BORROWED));
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            deletePrevious(previous, ours);
        }
        checkpoint.reached(Step.PREVIOUS_DELETED);
        Files.delete(siblings.journal());
        if (dropped > 0) {
            listener.info("Removed " + (dropped == 1 ? "1 file" : dropped + " files")
                    + " that an earlier build wrote and this one does not");
        }
    }

    /** Brings the output folder back to a whole site after a build that stopped anywhere, and tidies up. */
    void recover() throws IOException {
        Files.deleteIfExists(siblings.journalDraft());
        Path journal = siblings.journal();
        if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            Path[] named = readJournal();
            if (Files.exists(named[0], LinkOption.NOFOLLOW_LINKS)) {
                rollBack(named[0], named[1]);
                listener.info("An earlier build of " + siblings.output() + " stopped while putting its site in"
                        + " place; the site it was replacing is back");
            } else {
                // The previous site, if still there, holds none of the user's files: the loop below deletes it.
                listener.info("An earlier build of " + siblings.output() + " stopped just after putting its site"
                        + " in place; finishing the removal of the site it replaced");
                Files.deleteIfExists(siblings.output().resolve(BORROWED));
            }
            Files.delete(journal);
        }
        for (Path folder : siblings.swapFolders()) {
            if (siblings.isStagingName(folder.getFileName().toString())) {
                Tree.deleteAll(folder);
                listener.info("Deleted " + folder + ", left by a build of " + siblings.output() + " that stopped");
            } else {
                deletePrevious(folder, Manifest.read(folder).orElse(Manifest.EMPTY));
            }
        }
    }

    private void rollBack(Path staging, Path previous) throws IOException {
        Path output = siblings.output();
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot recover the output folder " + output + ": both it and " + previous
                    + " exist; keep the one holding the site you want, move your own files into it, delete the"
                    + " other, and delete " + staging + " and " + siblings.journal());
        }
        Path borrowedList = staging.resolve(BORROWED);
        if (Files.exists(borrowedList, LinkOption.NOFOLLOW_LINKS)) {
            Set<String> folders = new HashSet<>();
            for (String file : Files.readAllLines(borrowedList, StandardCharsets.UTF_8)) {
                if (Manifest.isSafe(staging, file) && Files.exists(staging.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                    move(staging, output, file, folders);
                }
            }
            Files.delete(borrowedList);
        }
        Manifest built = Manifest.read(staging).orElseThrow(() -> new IOException("cannot recover the output folder "
                + output + ": " + staging + " has no " + Manifest.FILE_NAME + "; move your own files from it back"
                + " into the output folder, then delete it and " + siblings.journal()));
        for (String entry : UserFiles.find(staging, built)) {
            UserFiles.move(staging, output, entry);
        }
        List<String> kept = Tree.deleteListed(staging, built);
        if (!kept.isEmpty()) {
            // Deleting the journal now would let the next recovery delete these with the unnamed staging folder.
            throw new IOException("cannot recover the output folder " + output + ": " + staging + " still holds "
                    + kept + "; move them back into the output folder, then delete it and " + siblings.journal());
        }
    }

    /**
     * What to move from the output folder to carry the borrowed files into the staging folder: the outermost folder
     * above a borrowed file that holds nothing else (no file of the previous site's or of the new one's that is not
     * borrowed, none of the user's entries), or the file itself where there is none; each once, in no particular
     * order (each move stands alone). The folders of a site's unchanged asset folders, tag and archive pages then
     * move in one rename each.
     */
    static Collection<String> borrowedMoves(Manifest ours, Manifest next, Set<String> borrowed,
            List<String> userEntries) {
        Set<String> mixed = new HashSet<>();
        for (Collection<String> paths : List.of(ours.files(), next.files())) {
            for (String path : paths) {
                if (!borrowed.contains(path)) {
                    addFolders(path, mixed);
                }
            }
        }
        userEntries.forEach(entry -> addFolders(entry, mixed));
        Set<String> moves = new HashSet<>();
        for (String file : borrowed) {
            String move = file;
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                if (!mixed.contains(file.substring(0, slash))) {
                    move = file.substring(0, slash);
                    break;
                }
            }
            moves.add(move);
        }
        return moves;
    }

    /** Adds the folders {@code path} is in, at every depth, to {@code folders}. */
    private static void addFolders(String path, Set<String> folders) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (!folders.add(path.substring(0, slash))) {
                return; // a folder already there brought its parents with it
            }
        }
    }

    /**
     * Moves {@code path}, a file or a folder, from below {@code from} to below {@code to}, making the folders it
     * needs there unless {@code made} has them: what earlier moves into {@code to} made.
     */
    private static void move(Path from, Path to, String path, Set<String> made) throws IOException {
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            Tree.createFolder(to, path.substring(0, slash), made);
        }
        Files.move(from.resolve(path), to.resolve(path), StandardCopyOption.ATOMIC_MOVE);
    }

    private void deletePrevious(Path previous, Manifest manifest) throws IOException {
        List<String> kept = Tree.deleteListed(previous, manifest);
        if (!kept.isEmpty()) {
            listener.warn("Kept " + previous + ": it holds files blog-maven did not write (" + summary(kept)
                    + "); look through them, then delete the folder");
        }
    }

    /** Gives the new site the permissions of the folder it replaces, say one a web server's group may read. */
    private static void keepPermissions(Path output, Path staging) throws IOException {
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileAttributeView(output, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(output, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private void writeJournal(Path staging, Path previous) throws IOException {
        Path draft = siblings.journalDraft();
        String text = JOURNAL_HEADER + "\nstaging " + staging.getFileName() + "\nprevious " + previous.getFileName()
                + "\n";
        try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(draft, siblings.journal(), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The staging folder and the previous site the journal names, checked against the naming scheme. */
    private Path[] readJournal() throws IOException {
        Path journal = siblings.journal();
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.size() == 3 && lines.get(0).equals(JOURNAL_HEADER) && lines.get(1).startsWith("staging ")
                && lines.get(2).startsWith("previous ")) {
            String staging = lines.get(1).substring("staging ".length());
            String previous = lines.get(2).substring("previous ".length());
            if (siblings.isStagingName(staging) && siblings.isSwapFolderName(previous)
                    && !siblings.isStagingName(previous)) {
                return new Path[] {siblings.parent().resolve(staging), siblings.parent().resolve(previous)};
            }
        }
        throw new IOException("the swap journal " + journal + " is damaged, so the output folder " + siblings.output()
                + " cannot be recovered automatically; check it and the folders named ." + siblings.output()
                .getFileName() + ".* beside it, keep your files, then delete the journal");
    }

    private static String summary(List<String> paths) {
        return paths.size() <= 5 ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 5)) + " and " + (paths.size() - 5) + " more";
    }
}
