package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes whatever the machine: each build runs in a child JVM with its own default
 * time zone, locale and charset (never set in this JVM, where it would leak into other tests), from copies of the
 * fixture written in opposite orders, so directory listing order differs too.
 */
@DisplayName("Builds are byte-identical whatever the machine's time zone, locale, charset or file-system order")
class ForkedDeterminismTest {
    private static final String NOW = "2024-06-01T00:00:00Z";
    private static final FileTime MTIME = FileTime.from(Instant.parse("2022-05-06T07:08:09Z"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("UTC/English, Kiritimati/Turkish/Latin-1 and St. John's/Arabic builds write the same files")
    void sameBytesEverywhere() throws Exception {
        Path forward = copy(Fixtures.site("determinism"), dir.resolve("forward"), false);
        Path backward = copy(Fixtures.site("determinism"), dir.resolve("backward"), true);

        Path reference = build(forward, "en-utc", "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US",
                "-Dfile.encoding=UTF-8");
        Path turkish = build(backward, "tr-kiritimati", "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");
        Path arabic = build(forward, "ar-st-johns", "-Duser.timezone=America/St_Johns", "-Duser.language=ar",
                "-Duser.country=SA", "-Dfile.encoding=ISO-8859-1");

        Map<String, byte[]> expected = Fixtures.snapshot(reference);
        assertTrue(expected.containsKey("2023/12/31/23/title-in-istanbul/index.html"), expected.keySet().toString());
        for (Path other : List.of(turkish, arabic)) {
            Map<String, byte[]> actual = Fixtures.snapshot(other);
            assertEquals(expected.keySet(), actual.keySet(), other.getFileName().toString());
            for (String path : expected.keySet()) {
                assertArrayEquals(expected.get(path), actual.get(path), other.getFileName() + ": " + path);
            }
        }
    }

    private Path build(Path site, String name, String... properties) throws IOException, InterruptedException {
        Path out = dir.resolve("out-" + name);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ForkedBuild.class.getName(),
                site.toString(), out.toString(), NOW));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish");
        }
        assertEquals(0, process.exitValue(), () -> name + " failed: " + read(log));
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return e.toString();
        }
    }

    // Copies every file, in path order or its reverse, and gives each the same modification time.
    private static Path copy(Path from, Path to, boolean reverse) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted(reverse ? Comparator.reverseOrder()
                    : Comparator.naturalOrder()).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            Files.setLastModifiedTime(target, MTIME);
        }
        return to;
    }
}
