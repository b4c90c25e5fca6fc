package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFileTest {
    @TempDir
    Path staging;

    @Test
    @DisplayName("records appended from many threads at once read back intact, and closing deletes the file")
    void concurrentAppendsReadBack() throws Exception {
        ScratchFile scratch = ScratchFile.create(staging);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> positions = IntStream.range(0, 400)
                    .mapToObj(i -> threads.submit(() -> scratch.append(record(i))))
                    .toList();
            for (int i = 0; i < positions.size(); i++) {
                byte[] expected = record(i);
                assertArrayEquals(expected, scratch.read(positions.get(i).get(), expected.length), "record " + i);
            }
        } finally {
            threads.shutdown();
            scratch.close();
        }
        assertFalse(Files.exists(staging.resolve(ScratchFile.FILE_NAME)));
    }

    @Test
    @DisplayName("an empty record reads back empty; reading past the end fails")
    void emptyAndPastTheEnd() throws Exception {
        try (ScratchFile scratch = ScratchFile.create(staging)) {
            long at = scratch.append(new byte[0]);
            assertArrayEquals(new byte[0], scratch.read(at, 0));
            long text = scratch.append("正文".getBytes(StandardCharsets.UTF_8));
            assertThrows(IOException.class, () -> scratch.read(text, 100));
        }
    }

    @Test
    @DisplayName("a file already there is never taken over")
    void neverReusesAFile() throws Exception {
        Files.writeString(staging.resolve(ScratchFile.FILE_NAME), "someone's");
        assertThrows(FileAlreadyExistsException.class, () -> ScratchFile.create(staging));
        assertTrue(Files.readString(staging.resolve(ScratchFile.FILE_NAME)).equals("someone's"));
    }

    /** A record of its own length and content, some multi-byte. */
    private static byte[] record(int i) {
        return ("<p>" + i + " 中文 ".repeat(i % 37) + "</p>").getBytes(StandardCharsets.UTF_8);
    }
}
