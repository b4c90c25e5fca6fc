package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.GenerateException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("a second build in the same process fails at once; once the first ends, the next goes ahead")
    void sameProcess() throws Exception {
        Path lockFile = tmp.resolve(".out.lock");
        Path out = tmp.resolve("out");
        try (OutputLock first = OutputLock.acquire(lockFile, out)) {
            long start = System.nanoTime();
            GenerateException e = assertThrows(GenerateException.class, () -> OutputLock.acquire(lockFile, out));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "fails fast");
            assertEquals(out.toString(), e.problems().get(0).path());
            assertTrue(e.problems().get(0).message().startsWith("another build is writing to the output folder"),
                    e.getMessage());
            assertTrue(e.problems().get(0).message().contains("process " + ProcessHandle.current().pid()));
        }
        OutputLock.acquire(lockFile, out).close();
    }

    @Test
    @DisplayName("a lock held by another process fails the build at once; killing that process frees it")
    void otherProcess() throws Exception {
        Path lockFile = tmp.resolve(".out.lock");
        Path holder = Files.writeString(tmp.resolve("Holder.java"), """
                import java.nio.ByteBuffer;
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;

                public class Holder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        channel.lock();
                        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\\n").getBytes()));
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, holder.toString(), lockFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            GenerateException e = assertThrows(GenerateException.class, () -> OutputLock.acquire(lockFile, tmp));
            assertTrue(e.problems().get(0).message().contains("process " + process.pid()), e.getMessage());
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        OutputLock.acquire(lockFile, tmp).close();
    }

    @Test
    @DisplayName("a lock file that is a symbolic link is not opened")
    void linkedLockFile() throws Exception {
        Path target = Files.writeString(tmp.resolve("elsewhere"), "keep");
        Path lockFile = Files.createSymbolicLink(tmp.resolve(".out.lock"), target);
        assertThrows(java.io.IOException.class, () -> OutputLock.acquire(lockFile, tmp.resolve("out")));
        assertEquals("keep", Files.readString(target));
    }
}
