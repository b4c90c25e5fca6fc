package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "a/../../escape.html", "/etc/passwd", "", ".", "a/..",
        "%2e%2e/escape.html", "..%2fescape.html", "%252e%252e/escape.html", "..\\escape.html", "escape.html\u0000"})
    @DisplayName("a path leaving the output directory is refused, percent-encoded or not")
    void refusesEscapes(String path) {
        OutputWriter writer = new OutputWriter(dir.resolve("out"));
        assertThrows(IOException.class, () -> writer.write(path, new byte[] {1}, 1));
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    @DisplayName("files are written as UTF-8 with their directories, and replaced on the next write")
    void writesAndReplaces() throws IOException {
        OutputWriter writer = new OutputWriter(dir);
        byte[] first = "一".getBytes(StandardCharsets.UTF_8);
        writer.write("tags/中文/index.html", first, first.length);
        byte[] second = "二 and what a longer page left in the buffer".getBytes(StandardCharsets.UTF_8);
        writer.write("tags/中文/index.html", second, 3);
        assertEquals("二", Files.readString(dir.resolve("tags/中文/index.html")));
    }

    @Test
    @DisplayName("copies replace an existing file, from disk or from the class path")
    void copies() throws IOException {
        Path source = Files.writeString(dir.resolve("src.txt"), "new");
        OutputWriter writer = new OutputWriter(dir.resolve("out"));
        writer.write("a/b.txt", "old and longer".getBytes(StandardCharsets.UTF_8), 14);
        writer.copy(source, "a/b.txt");
        assertEquals("new", Files.readString(dir.resolve("out/a/b.txt")));
        byte[] image = new byte[5 << 20];
        new Random(5).nextBytes(image);
        writer.copy(Files.write(dir.resolve("big.png"), image), "a/big.png");
        assertArrayEquals(image, Files.readAllBytes(dir.resolve("out/a/big.png")));
        writer.copyResource("/io/github/blogmaven/renderer/theme/source/css/style.css", "css/style.css");
        assertArrayEquals(OutputWriterTest.class
                .getResourceAsStream("/io/github/blogmaven/renderer/theme/source/css/style.css").readAllBytes(),
                Files.readAllBytes(dir.resolve("out/css/style.css")));
    }

    @Test
    @DisplayName("a folder of the output that is a link to elsewhere is never written through")
    void refusesLinkedFolder() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("posts"), outside);
        OutputWriter writer = new OutputWriter(out);

        IOException e = assertThrows(IOException.class, () -> writer.write("posts/a.html", new byte[] {1}, 1));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertFalse(Files.exists(outside.resolve("a.html")));
    }

    @Test
    @DisplayName("a file of the output that is a link to elsewhere is never written through, nor copied over")
    void refusesLinkedFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "keep");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("index.html"), secret);
        Path source = Files.writeString(dir.resolve("src.txt"), "new");
        OutputWriter writer = new OutputWriter(out);

        assertThrows(IOException.class, () -> writer.write("index.html", new byte[] {1}, 1));
        assertThrows(IOException.class, () -> writer.copy(source, "index.html"));
        assertEquals("keep", Files.readString(secret));
    }

    @Test
    @DisplayName("it remembers every path it wrote, for the manifest")
    void remembersWhatItWrote() throws IOException {
        OutputWriter writer = new OutputWriter(dir);
        writer.write("a.html", new byte[0], 0);
        writer.copyResource("/io/github/blogmaven/renderer/theme/source/css/style.css", "css/style.css");
        assertEquals(java.util.Set.of("a.html", "css/style.css"), writer.written());
    }

    @Test
    @DisplayName("a page with the bytes of the previous site's file at its path is borrowed, not written")
    void borrowsUnchangedPages() throws IOException {
        byte[] large = new byte[200_000];
        new Random(7).nextBytes(large);
        byte[] largeChanged = large.clone();
        largeChanged[large.length - 1]++;
        Path previous = Files.createDirectories(dir.resolve("previous"));
        Files.createDirectories(previous.resolve("posts"));
        Files.writeString(previous.resolve("same.html"), "same");
        Files.writeString(previous.resolve("posts/changed.html"), "old!");
        Files.writeString(previous.resolve("longer.html"), "same");
        Files.writeString(previous.resolve("shorter.html"), "same, and more");
        Files.write(previous.resolve("large.html"), large);
        Files.write(previous.resolve("large-changed.html"), large);
        Files.writeString(previous.resolve("unlisted.html"), "same");
        Files.createSymbolicLink(previous.resolve("link.html"), previous.resolve("same.html"));
        Manifest listed = new Manifest(List.of("same.html", "posts/changed.html", "longer.html", "shorter.html",
                "large.html", "large-changed.html", "link.html", "gone.html"));
        Path staging = dir.resolve("staging");
        OutputWriter writer = new OutputWriter(staging, previous, listed);

        byte[] same = "same".getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("same.html", "link.html", "unlisted.html", "gone.html", "shorter.html")) {
            writer.write(path, same, same.length);
        }
        writer.write("posts/changed.html", "new!".getBytes(StandardCharsets.UTF_8), 4);
        writer.write("longer.html", "same, and more".getBytes(StandardCharsets.UTF_8), 14);
        writer.write("large.html", large, large.length);
        writer.write("large-changed.html", largeChanged, largeChanged.length);

        assertEquals(Set.of("same.html", "large.html"), writer.borrowed());
        assertEquals(Set.of("same.html", "link.html", "unlisted.html", "gone.html", "shorter.html",
                "posts/changed.html", "longer.html", "large.html", "large-changed.html"), writer.written());
        assertEquals(Set.of("link.html", "unlisted.html", "gone.html", "shorter.html", "posts/changed.html",
                "longer.html", "large-changed.html"), filesBelow(staging), "what is borrowed is not written");
        assertArrayEquals(largeChanged, Files.readAllBytes(staging.resolve("large-changed.html")));
    }

    @Test
    @DisplayName("a copy whose source has the bytes of the previous site's file at its path is borrowed, not copied")
    void borrowsUnchangedCopies() throws IOException {
        byte[] image = new byte[300_000];
        new Random(3).nextBytes(image);
        Path photo = Files.write(dir.resolve("photo.jpg"), image);
        Path other = Files.writeString(dir.resolve("other.jpg"), "jpeg");
        Path previous = dir.resolve("previous");
        new OutputWriter(previous).copy(photo, "posts/a/photo.jpg");
        new OutputWriter(previous).copy(other, "posts/a/other.jpg");
        String style = "/io/github/blogmaven/renderer/theme/source/css/style.css";
        new OutputWriter(previous).copyResource(style, "css/style.css");
        Manifest listed = new Manifest(List.of("posts/a/photo.jpg", "posts/a/other.jpg", "css/style.css"));

        OutputWriter unchanged = new OutputWriter(dir.resolve("s1"), previous, listed);
        unchanged.copy(photo, "posts/a/photo.jpg");
        unchanged.copy(other, "posts/a/other.jpg");
        unchanged.copyResource(style, "css/style.css");
        assertEquals(Set.of("posts/a/photo.jpg", "posts/a/other.jpg", "css/style.css"), unchanged.borrowed());

        image[image.length - 1]++;
        Files.write(photo, image);
        Files.writeString(other, "JPEG");
        OutputWriter edited = new OutputWriter(dir.resolve("s2"), previous, listed);
        edited.copy(photo, "posts/a/photo.jpg");
        edited.copy(other, "posts/a/other.jpg");
        assertEquals(Set.of(), edited.borrowed(), "the same sizes, other bytes");
        assertArrayEquals(image, Files.readAllBytes(dir.resolve("s2/posts/a/photo.jpg")));
        assertEquals("JPEG", Files.readString(dir.resolve("s2/posts/a/other.jpg")));
    }

    private static Set<String> filesBelow(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> Tree.relative(root, file))
                    .collect(Collectors.toSet());
        }
    }
}
