package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a build's files below one directory, the last line of defence against a path that would leave it:
 * every path passes {@link OutputPath#check}, folders are created one by one and a symbolic link met on the way
 * is refused, and a file is never written through a link. Safe to call from many threads at once (each path is
 * written by one thread). It deletes nothing.
 *
 * <p>Given the previous site, it writes only what changed: a page or a copy whose bytes are those of the previous
 * site's file at its path is not written but {@linkplain #borrowed() borrowed}, for the swap to move into the new
 * site. Making and then deleting tens of thousands of unchanged files was most of the kernel's time in a rebuild;
 * reading a file back costs a fraction of that.
 */
public final class OutputWriter {
    private static final String ROOT = "";
    /** Previous pages larger than this are compared in pieces of it. */
    private static final int COMPARED_AT_ONCE = 64 * 1024;

    private final Path root;
    private final Path previousRoot;
    private final Manifest previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> borrowed = ConcurrentHashMap.newKeySet();
    /** The folders made, relative to the root; {@link #ROOT} once the root is there. */
    private final Set<String> folders = ConcurrentHashMap.newKeySet();
    /** Each thread's buffers for reading a previous file back and, for a copy, its source. */
    private final ThreadLocal<ByteBuffer[]> comparedBytes = ThreadLocal.withInitial(
            () -> new ByteBuffer[] {ByteBuffer.allocate(COMPARED_AT_ONCE), ByteBuffer.allocate(COMPARED_AT_ONCE)});

    /** A writer that writes every file. */
    public OutputWriter(Path outputDir) {
        this(outputDir, null, Manifest.EMPTY);
    }

    /**
     * A writer that borrows from {@code previousRoot} the files {@code previous} lists whose bytes it would write.
     *
     * @param previousRoot the previous site, or null when there is none
     */
    OutputWriter(Path outputDir, Path previousRoot, Manifest previous) {
        this.root = Objects.requireNonNull(outputDir, "outputDir").toAbsolutePath().normalize();
        this.previousRoot = previousRoot == null ? null : previousRoot.toAbsolutePath().normalize();
        this.previous = previous;
    }

    /** The directory written to, absolute and normalised. */
    public Path root() {
        return root;
    }

    /**
     * The file a path relative to the site root is written to.
     *
     * @throws IOException when the path is not relative or would leave the output directory
     */
    public Path resolve(String path) throws IOException {
        return root.resolve(OutputPath.check(root, path)).normalize();
    }

    /** Writes {@code bytes[0, length)} to {@code path}, creating its folders and replacing what was there. */
    public void write(String path, byte[] bytes, int length) throws IOException {
        if (sameAsPrevious(path, bytes, length)) {
            borrow(path);
            return;
        }
        try (FileChannel out = open(path)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    /** Copies {@code source} to {@code path}, replacing what was there. */
    public void copy(Path source, String path) throws IOException {
        if (sameAsPrevious(path, source)) {
            borrow(path);
            return;
        }
        // File to file in the kernel (sendfile on Linux): a blog's images pass through no buffer of ours.
        try (FileChannel in = FileChannel.open(source); FileChannel out = open(path)) {
            long size = in.size();
            long position = 0;
            while (position < size) {
                long copied = in.transferTo(position, size - position, out);
                if (copied <= 0) {
                    break; // the file shrank while it was copied
                }
                position += copied;
            }
        }
    }

    /** Copies a class-path resource to {@code path}, replacing what was there. */
    public void copyResource(String resource, String path) throws IOException {
        byte[] bytes;
        try (InputStream in = OutputWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + resource);
            }
            bytes = in.readAllBytes();
        }
        write(path, bytes, bytes.length);
    }

    /** Every path written or borrowed so far: the new site's files. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    /** The paths of {@link #written()} left out because the previous site has the same file there. */
    Set<String> borrowed() {
        return Set.copyOf(borrowed);
    }

    private void borrow(String path) {
        borrowed.add(path);
        written.add(path);
    }

    /** What a previous file's bytes are compared with, a piece at a time. */
    @FunctionalInterface
    private interface Expected {
        /** Whether {@code read[0, length)}, the previous file's bytes from {@code position}, are the expected ones. */
        boolean matches(byte[] read, int length, long position) throws IOException;
    }

    /** Whether the previous site's file at {@code path} holds {@code bytes[0, length)}. */
    private boolean sameAsPrevious(String path, byte[] bytes, int length) throws IOException {
        Path file = previousFile(path);
        return file != null && holds(file, length, (read, chunk, position) ->
                Arrays.equals(read, 0, chunk, bytes, (int) position, (int) position + chunk));
    }

    /** Whether the previous site's file at {@code path} holds the bytes of {@code source}, as {@link #copy} would. */
    private boolean sameAsPrevious(String path, Path source) throws IOException {
        Path file = previousFile(path);
        if (file == null) {
            return false;
        }
        try (FileChannel in = FileChannel.open(source)) {
            ByteBuffer buffer = comparedBytes.get()[1];
            return holds(file, in.size(), (read, chunk, position) -> readFully(in, buffer, chunk, position)
                    && Arrays.equals(read, 0, chunk, buffer.array(), 0, chunk));
        } catch (IOException e) {
            return false; // the copy reports what is wrong with the source
        }
    }

    /**
     * Whether {@code file} holds {@code length} bytes, the {@code expected} ones. Anything else there (nothing, a
     * link, a folder, other bytes, a file that cannot be read) means the file is written anew.
     */
    private boolean holds(Path file, long length, Expected expected) {
        try (FileChannel previous = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (previous.size() != length) {
                return false;
            }
            ByteBuffer buffer = comparedBytes.get()[0];
            for (long position = 0; position < length; position += COMPARED_AT_ONCE) {
                int chunk = (int) Math.min(COMPARED_AT_ONCE, length - position);
                if (!readFully(previous, buffer, chunk, position)
                        || !expected.matches(buffer.array(), chunk, position)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads {@code length} bytes from {@code position} into {@code buffer}; false when the file ends before. */
    private static boolean readFully(FileChannel file, ByteBuffer buffer, int length, long position)
            throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The previous site's file at {@code path} when the previous site has one there; null otherwise. */
    private Path previousFile(String path) throws IOException {
        if (previousRoot == null || !previous.lists(path)) {
            return null;
        }
        return previousRoot.resolve(OutputPath.check(previousRoot, path)).normalize();
    }

    private FileChannel open(String path) throws IOException {
        Path target = resolve(path);
        createFolders(target.getParent());
        FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        written.add(path);
        return out;
    }

    /** Creates {@code folder} and the folders above it up to the root, refusing any that is a link. */
    private void createFolders(Path folder) throws IOException {
        if (!folders.contains(ROOT)) {
            Files.createDirectories(root);
            folders.add(ROOT);
        }
        if (!folder.equals(root)) {
            Tree.createFolder(root, Tree.relative(root, folder), folders);
        }
    }
}
