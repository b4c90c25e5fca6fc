package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.internal.output.SiteSwap.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The swap stopped at each of its moments, as a killed process would stop it: the user's files are always in
 * exactly one place, and recovery always gives a whole site, the previous one before the commit point and the
 * new one after, with the user's files.
 */
class SiteSwapTest {
    static final Map<String, String> OLD_SITE = Map.of("index.html", "old index", "posts/a.html", "old a",
            "posts/old.html", "removed post", "posts/same.html", "same", "css/style.css", "css", "img/2020/x.png",
            "png");
    static final Map<String, String> NEW_SITE = Map.of("index.html", "new index", "posts/a.html", "new a",
            "posts/b.html", "new post", "posts/same.html", "same", "css/style.css", "css", "img/2020/x.png", "png");
    /**
     * The files the new site has as the old one had them: the build borrows them instead of writing them. Their
     * folders move whole, but {@code posts/}, which holds other files too.
     */
    static final Set<String> UNCHANGED = Set.of("css/style.css", "img/2020/x.png", "posts/same.html");
    static final Map<String, String> USER_FILES = Map.of("CNAME", "example.com", ".git/config", "[core]",
            "posts/keep.txt", "mine", "notes/todo.txt", "todo");

    /** What a killed process does at a checkpoint: stops, with nothing run after it. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path tmp;

    Path out;
    Siblings siblings;
    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final BuildListener listener = new BuildListener() {
        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    @BeforeEach
    void previousSite() throws IOException {
        out = tmp.resolve("out");
        siblings = new Siblings(out);
        site(out, OLD_SITE);
        write(out, USER_FILES);
    }

    @Test
    @DisplayName("a swap puts the new site in place, keeps the user's files, drops removed pages, leaves nothing beside")
    void swap() throws IOException {
        swapInNewSite(new SiteSwap(siblings, listener));
        assertEquals(expected(NEW_SITE), files(out));
        assertEquals(List.of("out"), names(tmp));
        assertEquals(List.of("Removed 1 file that an earlier build wrote and this one does not"), infos);
    }

    @Test
    @DisplayName("the files borrowed from the previous site are moved into the new one, not copied")
    void borrowedFilesMoved() throws IOException {
        Object before = Files.readAttributes(out.resolve("img/2020/x.png"), BasicFileAttributes.class).fileKey();
        swapInNewSite(new SiteSwap(siblings, listener));
        Object after = Files.readAttributes(out.resolve("img/2020/x.png"), BasicFileAttributes.class).fileKey();
        assertEquals(before, after);
        assertTrue(Files.notExists(out.resolve(SiteSwap.BORROWED)));
    }

    @Test
    @DisplayName("a folder moves whole when all it holds is borrowed: no other file of either site, no user entry")
    void borrowedMoves() {
        Manifest ours = new Manifest(List.of("a/1.jpg", "a/2.jpg", "b/x/1.html", "b/y/1.html", "c/1.html", "c/2.html",
                "d/1.html", "e/1.html", "top.html"));
        Manifest next = new Manifest(List.of("a/1.jpg", "a/2.jpg", "b/x/1.html", "b/y/1.html", "c/1.html", "d/1.html",
                "e/1.html", "e/2.html", "top.html"));
        Set<String> borrowed = Set.of("a/1.jpg", "a/2.jpg", "b/x/1.html", "c/1.html", "d/1.html", "e/1.html",
                "top.html");
        assertEquals(Set.of("a", "b/x", "c/1.html", "d/1.html", "e/1.html", "top.html"),
                Set.copyOf(SiteSwap.borrowedMoves(ours, next, borrowed, List.of("d/notes.txt"))),
                "b/y/1.html changed, c/2.html is gone, d/ has the user's notes, e/2.html is new");
    }

    @Test
    @DisplayName("the new site keeps the permissions the user gave the output folder")
    void keepsPermissions() throws IOException {
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(out, permissions);
        swapInNewSite(new SiteSwap(siblings, listener));
        assertEquals(permissions, Files.getPosixFilePermissions(out));
    }

    @Test
    @DisplayName("the first swap, with no previous site, just moves the new one in")
    void firstSwap() throws IOException {
        Tree.deleteAll(out);
        new SiteSwap(siblings, listener).swap(staging(NEW_SITE), Manifest.EMPTY, new Manifest(NEW_SITE.keySet()),
                List.of(), Set.of());
        assertEquals(siteOnly(NEW_SITE), files(out));
        assertEquals(List.of("out"), names(tmp));
    }

    @ParameterizedTest(name = "killed at {0} #{1}")
    @CsvSource({"JOURNAL_WRITTEN, 1, old", "USER_ENTRY_MOVED, 1, old", "USER_ENTRY_MOVED, 4, old",
        "BORROWED_MOVED, 1, old", "BORROWED_MOVED, 3, old", "PREVIOUS_SET_ASIDE, 1, old",
        "STAGING_MOVED_IN, 1, new", "PREVIOUS_DELETED, 1, new"})
    @DisplayName("killed at any moment of the swap, the next build's recovery gives back a whole site")
    void killedMidway(Step at, int occurrence, String survivor) throws IOException {
        int[] seen = {0};
        SiteSwap crashing = new SiteSwap(siblings, listener, step -> {
            if (step == at && ++seen[0] == occurrence) {
                throw new Crash();
            }
        });
        assertThrows(Crash.class, () -> swapInNewSite(crashing));
        for (String file : USER_FILES.keySet()) {
            assertEquals(1, copiesOf(file), file + " is in exactly one place while the swap is stopped");
        }
        for (String file : UNCHANGED) {
            assertEquals(1, copiesOf(file), file + " is in exactly one place while the swap is stopped");
        }

        SiteSwap next = new SiteSwap(siblings, listener);
        next.recover();
        assertEquals(expected(survivor.equals("old") ? OLD_SITE : NEW_SITE), files(out));
        assertEquals(List.of("out"), names(tmp));

        next.recover();
        assertEquals(expected(survivor.equals("old") ? OLD_SITE : NEW_SITE), files(out), "recovery can be repeated");
    }

    @Test
    @DisplayName("a staging folder left without a journal is deleted; a swap can then run as usual")
    void leftoverStaging() throws IOException {
        Path leftover = staging(NEW_SITE);
        SiteSwap swap = new SiteSwap(siblings, listener);
        swap.recover();
        assertTrue(Files.notExists(leftover));
        assertEquals(expected(OLD_SITE), files(out));
    }

    @Test
    @DisplayName("a previous site holding a file no manifest lists keeps it, with a warning naming it")
    void previousWithStrangers() throws IOException {
        Path previous = siblings.newPrevious();
        site(previous, OLD_SITE);
        Files.writeString(previous.resolve("posts/stranger.txt"), "who wrote this?");
        new SiteSwap(siblings, listener).recover();
        assertEquals(Map.of("posts/stranger.txt", "who wrote this?", Manifest.FILE_NAME, "(manifest)"),
                files(previous), "the listed files are gone; the manifest stays so a later build knows them");
        assertTrue(warnings.get(0).contains("posts/stranger.txt"), warnings.toString());
    }

    @Test
    @DisplayName("a damaged journal stops recovery with a message, deleting nothing")
    void damagedJournal() throws IOException {
        Path staging = staging(NEW_SITE);
        Files.writeString(siblings.journal(), "blog-maven swap journal 1\nstaging ../../etc\nprevious x\n");
        IOException e = assertThrows(IOException.class, () -> new SiteSwap(siblings, listener).recover());
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertEquals(siteOnly(NEW_SITE), files(staging));
        assertEquals(expected(OLD_SITE), files(out));
    }

    @Test
    @DisplayName("links in the output are moved or deleted as links: what they lead to is never touched")
    void linksNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("a.html"), "not ours");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(out.resolve("ext"), outside);
        Files.delete(out.resolve("posts/old.html"));
        Files.createSymbolicLink(out.resolve("posts/old.html"), secret);
        Files.writeString(out.resolve(Manifest.FILE_NAME), "#\n../secret.txt\n", java.nio.file.StandardOpenOption.APPEND);

        swapInNewSite(new SiteSwap(siblings, listener));

        assertTrue(Files.isSymbolicLink(out.resolve("ext")), "the user's link is kept as a link");
        assertEquals("not ours", Files.readString(outside.resolve("a.html")));
        assertEquals("secret", Files.readString(secret));
        assertTrue(Files.notExists(out.resolve("posts/old.html"), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Swaps the new site in as a build does: with the output's manifest as read before, the new site's, the user's
     * entries, and the files the build did not write because the previous site has them.
     */
    private void swapInNewSite(SiteSwap swap) throws IOException {
        Manifest ours = Manifest.read(out).orElse(Manifest.EMPTY);
        Map<String, String> written = new TreeMap<>(NEW_SITE);
        written.keySet().removeAll(UNCHANGED);
        Path staging = siblings.createStaging();
        write(staging, written);
        new Manifest(NEW_SITE.keySet()).writeTo(staging);
        List<String> userEntries = UserFiles.scan(out, ours, new Manifest(NEW_SITE.keySet())).entries();
        swap.swap(staging, ours, new Manifest(NEW_SITE.keySet()), userEntries, UNCHANGED);
    }

    private Path staging(Map<String, String> site) throws IOException {
        Path staging = siblings.createStaging();
        site(staging, site);
        return staging;
    }

    private static void site(Path dir, Map<String, String> files) throws IOException {
        write(dir, files);
        new Manifest(files.keySet()).writeTo(dir);
    }

    private static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    private static Map<String, String> siteOnly(Map<String, String> site) {
        Map<String, String> all = new TreeMap<>(site);
        all.put(Manifest.FILE_NAME, "(manifest)");
        return all;
    }

    private static Map<String, String> expected(Map<String, String> site) {
        Map<String, String> all = siteOnly(site);
        all.putAll(USER_FILES);
        return all;
    }

    /** Every regular file below {@code dir} with its text; the manifest's text is left out. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = Tree.relative(dir, file);
                files.put(path, path.equals(Manifest.FILE_NAME) ? "(manifest)" : Files.readString(file));
            }
        }
        return files;
    }

    private long copiesOf(String userFile) throws IOException {
        try (Stream<Path> walk = Files.walk(tmp)) {
            return walk.filter(p -> p.toString().endsWith("/" + userFile)).count();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
