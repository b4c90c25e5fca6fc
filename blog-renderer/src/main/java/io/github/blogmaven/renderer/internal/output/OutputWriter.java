package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a build's files below one directory, the last line of defence against a path that would leave it:
 * every path passes {@link OutputPath#check}, folders are created one by one and a symbolic link met on the way
 * is refused, and a file is never written through a link. Safe to call from many threads at once (each path is
 * written by one thread). It deletes nothing.
 */
public final class OutputWriter {
    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public OutputWriter(Path outputDir) {
        this.root = Objects.requireNonNull(outputDir, "outputDir").toAbsolutePath().normalize();
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
        try (FileChannel out = open(path)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    /** Copies {@code source} to {@code path}, replacing what was there. */
    public void copy(Path source, String path) throws IOException {
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
        try (InputStream in = OutputWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + resource);
            }
            try (OutputStream out = Channels.newOutputStream(open(path))) {
                in.transferTo(out);
            }
        }
    }

    /** Every path written so far. */
    Set<String> written() {
        return Set.copyOf(written);
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
        if (folders.contains(folder)) {
            return;
        }
        if (folder.equals(root)) {
            Files.createDirectories(root);
            folders.add(root);
            return;
        }
        createFolders(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("refusing to write into " + folder + ": it is "
                        + (Files.isSymbolicLink(folder) ? "a symbolic link" : "not a folder"), e);
            }
        }
        folders.add(folder);
    }
}
