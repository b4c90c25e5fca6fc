package io.github.blogmaven.renderer.internal.output;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a build puts data aside to read back later instead of holding it in memory: a file named
 * {@value #FILE_NAME} in the staging folder, so it is never outside the build's own folders, goes with the
 * staging folder when a build fails or crashes, and is deleted before the site is put in place. Records are
 * appended and read back by position from any number of threads at once.
 */
public final class ScratchFile implements AutoCloseable {
    /** The file's name in the staging folder; no page may have it. */
    public static final String FILE_NAME = ".blog-maven-scratch";

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private ScratchFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the scratch file of the staging folder {@code staging}; fails if it exists. */
    static ScratchFile create(Path staging) throws IOException {
        Path file = staging.resolve(FILE_NAME);
        return new ScratchFile(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
    }

    /** Appends {@code bytes}, returning the position to read them back from. */
    public long append(byte[] bytes) throws IOException {
        long at = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        return at;
    }

    /** The {@code length} bytes appended at {@code position}. */
    public byte[] read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException(file + " ends before position " + (position + length));
            }
        }
        return buffer.array();
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
