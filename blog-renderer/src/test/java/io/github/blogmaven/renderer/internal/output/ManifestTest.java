package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("written sorted after a comment line, and read back with the folders that hold the files")
    void roundTrip() throws IOException {
        new Manifest(List.of("posts/b.html", "index.html", "tags/中文/index.html")).writeTo(dir);

        List<String> lines = Files.readAllLines(dir.resolve(".blog-maven-manifest"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# "), lines.get(0));
        assertEquals(List.of("index.html", "posts/b.html", "tags/中文/index.html"), lines.subList(1, lines.size()));

        Manifest read = Manifest.read(dir).orElseThrow();
        assertTrue(read.lists("posts/b.html"));
        assertFalse(read.lists("posts"));
        assertEquals(Set.of("posts", "tags", "tags/中文"), read.folders());
        assertTrue(Manifest.isIn(dir));
    }

    @Test
    @DisplayName("a hand-edited line that leaves the folder is ignored, so it can never be deleted")
    void unsafeLinesIgnored() throws IOException {
        Files.writeString(dir.resolve(".blog-maven-manifest"),
                "# x\nindex.html\n../outside.txt\n/etc/passwd\n%2e%2e/x\n\n", StandardCharsets.UTF_8);
        assertEquals(Set.of("index.html"), Manifest.read(dir).orElseThrow().files());
    }

    @Test
    @DisplayName("a folder without one has none")
    void absent() throws IOException {
        assertTrue(Manifest.read(dir).isEmpty());
        assertFalse(Manifest.isIn(dir));
    }
}
