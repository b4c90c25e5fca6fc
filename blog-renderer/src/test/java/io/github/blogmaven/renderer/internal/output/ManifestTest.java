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
    @DisplayName("each path listed once, in order, with every folder at every depth that holds one")
    void foldersAtEveryDepth() throws IOException {
        Manifest manifest = new Manifest(List.of("a/b/c/d.html", "a/x.html", "a/b/c/e.html", "a.html", "ab/c.html",
                "a/b/c/d.html", "b/x/y.html", "b/x.html", "a/b.c/d.html", "a/b/z.html"));
        manifest.writeTo(dir);

        List<String> lines = Files.readAllLines(dir.resolve(".blog-maven-manifest"), StandardCharsets.UTF_8);
        assertEquals(List.of("a.html", "a/b.c/d.html", "a/b/c/d.html", "a/b/c/e.html", "a/b/z.html", "a/x.html",
                "ab/c.html", "b/x.html", "b/x/y.html"), lines.subList(1, lines.size()));
        assertEquals(Set.of("a", "a/b", "a/b/c", "a/b.c", "ab", "b", "b/x"), manifest.folders());
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
