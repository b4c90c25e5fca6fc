package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build's hold on an output folder: an operating-system lock on the file {@code .<name>.lock} beside it, so
 * a second build of the same folder, in this process or another, fails at once instead of mixing its files in.
 * The operating system drops the lock when the process ends, however it ends, so a killed build never blocks the
 * next one. The file itself stays: deleting it on release would let two builds lock two different files of the
 * same name.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock, or fails at once.
     *
     * @param outputDir the output folder as the user named it, for the message
     * @throws GenerateException when another build holds it
     */
    static OutputLock acquire(Path lockFile, Path outputDir) throws GenerateException, IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // a build in this very process holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            String holder = holder(lockFile);
            throw OutputGuard.refusal(outputDir, "another build is writing to the output folder"
                    + (holder.isEmpty() ? "" : " (process " + holder + ")") + "; it holds " + lockFile,
                    "wait for it to finish, or give each build its own output folder");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new OutputLock(channel);
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The process id the holder wrote in the lock file, or empty when it cannot be read. */
    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d{1,19}") ? pid : "";
        } catch (IOException e) {
            return "";
        }
    }
}
