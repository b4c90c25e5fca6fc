package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

        UserFiles.Found found = UserFiles.scan(out, ours, new Manifest(planned));

        assertEquals(List.of(".git", "CNAME", "docs", "ext", "posts/keep.txt"), found.entries());
        assertEquals(UserFiles.find(out, ours), found.entries());
        assertEquals(List.of("CNAME", "docs/x.html"), found.conflicts());
        assertEquals(UserFiles.conflicts(out, ours, planned), found.conflicts());
    }

    @Test
    @DisplayName("looking at the planned paths finds what the walk finds, on 200 random outputs and plans")
    void conflictsAsTheWalkFindsThem() throws IOException {
        Random random = new Random(11);
        List<String> names = List.of("a", "b", "c.html", "d", "index.html");
        for (int round = 0; round < 200; round++) {
            Path root = Files.createDirectories(tmp.resolve("random-" + round));
            List<String> listed = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                String path = randomPath(random, names);
                if (place(root, path, "ours")) {
                    listed.add(path);
                }
            }
            Manifest previous = new Manifest(listed);
            for (int i = random.nextInt(6); i > 0; i--) {
                String path = randomPath(random, names);
                switch (random.nextInt(3)) {
                    case 0 -> place(root, path, "mine");
                    case 1 -> placeFolder(root, path);
                    default -> placeLink(root, path, outside);
                }
            }
            List<String> planned = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                planned.add(random.nextBoolean() && !listed.isEmpty() ? listed.get(random.nextInt(listed.size()))
                        : randomPath(random, names));
            }
            List<String> plan = List.copyOf(new java.util.TreeSet<>(planned)).stream()
                    .filter(path -> planned.stream().noneMatch(other -> other.startsWith(path + "/"))).toList();
            List<String> walked = UserFiles.scan(root, previous, new Manifest(plan)).conflicts();
            assertEquals(walked, UserFiles.conflicts(root, previous, plan),
                    () -> "listed " + listed + ", planned " + plan);
            // the user added files but replaced none of the previous site's: its paths need no look
            assertEquals(walked, UserFiles.newPathConflicts(root, previous, plan),
                    () -> "listed " + listed + ", planned " + plan);
        }
    }

    private static String randomPath(Random random, List<String> names) {
        StringBuilder path = new StringBuilder(names.get(random.nextInt(names.size())));
        for (int depth = random.nextInt(3); depth > 0; depth--) {
            path.append('/').append(names.get(random.nextInt(names.size())));
        }
        return path.toString();
    }

    /** Writes a file at {@code path} if nothing is in the way; whether it did. */
    private static boolean place(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void placeFolder(Path root, String path) {
        try {
            Files.createDirectories(root.resolve(path));
        } catch (IOException e) {
            // something of another kind is in the way: this one is left out
        }
    }

    private static void placeLink(Path root, String path, Path target) {
        try {
            Files.createDirectories(root.resolve(path).getParent());
            Files.createSymbolicLink(root.resolve(path), target);
        } catch (IOException e) {
            // something is in the way: this one is left out
        }
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
