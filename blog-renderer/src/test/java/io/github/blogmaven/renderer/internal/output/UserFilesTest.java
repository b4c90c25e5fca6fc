package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFilesTest {
    @TempDir
    Path tmp;

    Path out;
    Path outside;
    Manifest ours = new Manifest(List.of("index.html", "posts/a.html", "css/style.css"));

    @BeforeEach
    void site() throws IOException {
        out = Files.createDirectories(tmp.resolve("out"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("a.html"), "not ours");
        for (String file : ours.files()) {
            Files.createDirectories(out.resolve(file).getParent());
            Files.writeString(out.resolve(file), file);
        }
        ours.writeTo(out);
        Files.writeString(out.resolve("CNAME"), "example.com");
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".git/config"), "[core]");
        Files.writeString(out.resolve("posts/keep.txt"), "mine");
        Files.createSymbolicLink(out.resolve("ext"), outside);
    }

    @Test
    @DisplayName("the user's entries are what the manifest does not list, outermost, and a link is not entered")
    void find() throws IOException {
        assertEquals(List.of(".git", "CNAME", "ext", "posts/keep.txt"), UserFiles.find(out, ours));
    }

    @Test
    @DisplayName("a planned file where the user has one, or a folder where the user has a file or link, conflicts")
    void conflicts() throws IOException {
        assertEquals(List.of(), UserFiles.conflicts(out, ours, List.of("index.html", "posts/b.html", ".git/x.html")),
                "a user's folder where the build also writes files is merged, not in the way");
        assertEquals(List.of("CNAME", "ext", "posts/keep.txt"), UserFiles.conflicts(out, ours,
                List.of("CNAME", "ext/a.html", "posts/keep.txt/index.html")));
        assertEquals(List.of(".git"), UserFiles.conflicts(out, ours, List.of(".git")));
        assertEquals(List.of(), UserFiles.conflicts(tmp.resolve("missing"), ours, List.of("CNAME")));
    }

    @Test
    @DisplayName("one walk finds the entries the swap carries and what is in the plan's way, a merged folder whole")
    void scan() throws IOException {
        Files.createDirectories(out.resolve("docs"));
        Files.writeString(out.resolve("docs/mine.txt"), "mine");
        Files.writeString(out.resolve("docs/x.html"), "mine too");
        List<String> planned = List.of("index.html", "docs/x.html", "docs/y.html", "CNAME");

        UserFiles.Found found = UserFiles.scan(out, ours, planned);

        assertEquals(List.of(".git", "CNAME", "docs", "ext", "posts/keep.txt"), found.entries());
        assertEquals(UserFiles.find(out, ours), found.entries());
        assertEquals(List.of("CNAME", "docs/x.html"), found.conflicts());
        assertEquals(UserFiles.conflicts(out, ours, planned), found.conflicts());
    }

    @Test
    @DisplayName("an output a hundred folders deep is walked whole (below the first levels, one task walks a subtree)")
    void deepTree() throws IOException {
        String deep = "d/".repeat(100);
        Manifest deepOurs = new Manifest(List.of(deep + "ours.html"));
        Files.createDirectories(out.resolve(deep));
        Files.writeString(out.resolve(deep + "ours.html"), "ours");
        Files.writeString(out.resolve(deep + "mine.txt"), "mine");

        assertEquals(List.of(".git", "CNAME", "css", deep + "mine.txt", "ext", "index.html", "posts"),
                UserFiles.find(out, deepOurs));
    }

    @Test
    @DisplayName("moving merges folders present on both sides, moves links as links, and never replaces")
    void move() throws IOException {
        Path to = Files.createDirectories(tmp.resolve("to"));
        Files.createDirectories(to.resolve(".git"));
        Files.writeString(to.resolve(".git/HEAD"), "ref");
        UserFiles.move(out, to, ".git");
        UserFiles.move(out, to, "posts/keep.txt");
        UserFiles.move(out, to, "ext");

        assertEquals("[core]", Files.readString(to.resolve(".git/config")));
        assertEquals("ref", Files.readString(to.resolve(".git/HEAD")));
        assertFalse(Files.exists(out.resolve(".git")));
        assertEquals("mine", Files.readString(to.resolve("posts/keep.txt")));
        assertTrue(Files.isSymbolicLink(to.resolve("ext")));
        assertEquals("not ours", Files.readString(outside.resolve("a.html")));

        Files.writeString(to.resolve("CNAME"), "other");
        assertThrows(IOException.class, () -> UserFiles.move(out, to, "CNAME"));
        assertEquals("other", Files.readString(to.resolve("CNAME")));
        assertEquals("example.com", Files.readString(out.resolve("CNAME")));
    }
}
