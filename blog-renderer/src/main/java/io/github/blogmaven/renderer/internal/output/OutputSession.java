package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;

/**
 * One build's use of an output folder, from the first check to the swap: {@link #open} refuses a dangerous or
 * foreign folder before touching anything, takes the {@link OutputLock}, recovers what an interrupted build
 * left and creates an empty staging folder; the build writes there through {@link #writer()}, all but the files
 * the previous site has with the same bytes; {@link #commit()} swaps it in with those ({@link SiteSwap});
 * {@link #close()} releases the lock and, if the build did not commit, removes the staging folder, so a failed
 * build leaves the previous site as it was.
 */
public final class OutputSession implements AutoCloseable {
    private final Path outputDir;
    private final Siblings siblings;
    private final OutputLock lock;
    private final SiteSwap swap;
    private final Manifest previous;
    private final Path staging;
    private final OutputWriter writer;
    private ScratchFile scratch;
    private boolean swapping;
    private boolean committed;

    private OutputSession(Path outputDir, Siblings siblings, OutputLock lock, SiteSwap swap, Manifest previous,
            Path staging) {
        this.outputDir = outputDir;
        this.siblings = siblings;
        this.lock = lock;
        this.swap = swap;
        this.previous = previous;
        this.staging = staging;
        this.writer = new OutputWriter(staging, siblings.output(), previous);
    }

    /**
     * Starts a build into {@code outputDir}.
     *
     * @param sourceDir the blog's source folder, which the site must never replace
     * @param home the user's home folder, or {@code null}
     * @throws GenerateException when the folder is refused or another build holds it
     */
    public static OutputSession open(Path baseDir, Path sourceDir, Path outputDir, Path home, BuildListener listener)
            throws GenerateException, IOException {
        OutputGuard guard = new OutputGuard(home);
        Path output = guard.check(baseDir, sourceDir, outputDir);
        guard.checkOwned(outputDir, output);
        // Only now, with the folder found safe, is anything created: its parent, the lock, the staging folder.
        Files.createDirectories(output.getParent());
        Siblings siblings = new Siblings(output);
        OutputLock lock = OutputLock.acquire(siblings.lock(), outputDir);
        try {
            SiteSwap swap = new SiteSwap(siblings, listener);
            swap.recover();
            // Again, now that the lock is held: recovery may have restored a site, or another build finished one.
            guard.checkOwned(outputDir, output);
            Manifest previous = Files.exists(output, LinkOption.NOFOLLOW_LINKS)
                    ? Manifest.read(output).orElse(Manifest.EMPTY) : Manifest.EMPTY;
            return new OutputSession(outputDir, siblings, lock, swap, previous, siblings.createStaging());
        } catch (GenerateException | IOException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /** Writes the new site, into the staging folder. */
    public OutputWriter writer() {
        return writer;
    }

    /** The build's scratch file, in the staging folder; made on first use, deleted before the site is committed. */
    public synchronized ScratchFile scratch() throws IOException {
        if (scratch == null) {
            scratch = ScratchFile.create(staging);
        }
        return scratch;
    }

    /**
     * Refuses a plan that would put a file where the user has one: the build would replace it, or could not
     * place its own. Called with every path the build will write, before it renders any page (files written to
     * the staging folder before then touch nothing of the user's), so that such a build fails at once. It looks
     * only at the paths the previous site did not have: one of the previous site's files that the user has since
     * replaced is found by {@link #commit()}, which looks at everything again before the swap.
     */
    public void claim(Collection<String> paths) throws GenerateException, IOException {
        UserFiles.refuse(UserFiles.newPathConflicts(siblings.output(), previous, paths), outputDir);
    }

    /** Puts the new site in place of the previous one, keeping the user's files. */
    public void commit() throws GenerateException, IOException {
        closeScratch();
        Manifest written = new Manifest(writer.written());
        // again, for a file the user put in the way while the build ran; the same walk finds what the swap carries
        UserFiles.Found found = UserFiles.scan(siblings.output(), previous, written);
        UserFiles.refuse(found.conflicts(), outputDir);
        written.writeTo(staging);
        swapping = true;
        swap.swap(staging, previous, written, found.entries(), writer.borrowed());
        committed = true;
    }

    /** Ends the build: a build that did not commit leaves the previous site as it was. Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            closeScratch();
            if (swapping && !committed) {
                swap.recover(); // the swap failed part way: undo it exactly as after a crash
            } else if (!committed && Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                Tree.deleteAll(staging);
            }
        } finally {
            lock.close();
        }
    }

    private synchronized void closeScratch() throws IOException {
        if (scratch != null) {
            scratch.close();
            scratch = null;
        }
    }
}
