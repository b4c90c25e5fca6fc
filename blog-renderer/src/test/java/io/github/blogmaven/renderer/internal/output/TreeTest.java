package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("deleteListed deletes the listed files of many folders, keeps the user's, and never enters a link")
    void deletesListedKeepsTheRest() throws Exception {
        Path site = Files.createDirectory(temp.resolve("site"));
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "mine");
        List<String> listed = new ArrayList<>();
        for (int folder = 0; folder < 40; folder++) {
            for (int file = 0; file < 25; file++) {
                String path = "posts/" + folder + "/deep/" + file + ".html";
                Files.createDirectories(site.resolve(path).getParent());
                Files.writeString(site.resolve(path), path);
                listed.add(path);
            }
        }
        Files.writeString(site.resolve("posts/7/deep/CNAME.txt"), "the user's");
        Files.createDirectories(site.resolve("drafts"));
        Files.writeString(site.resolve("drafts/notes.md"), "the user's");
        Files.createSymbolicLink(site.resolve("posts/3/linked"), outside);
        listed.add("posts/3/linked");
        Files.createSymbolicLink(site.resolve("posts/4/theirs"), outside);
        Files.createDirectories(site.resolve("posts/9/empty-of-theirs"));

        List<String> kept = Tree.deleteListed(site, new Manifest(listed));

        assertEquals(List.of("drafts/notes.md", "posts/4/theirs", "posts/7/deep/CNAME.txt",
                "posts/9/empty-of-theirs"), kept);
        assertTrue(Files.exists(outside.resolve("precious.txt")), "a link is deleted as a link, never entered");
        assertFalse(Files.exists(site.resolve("posts/3/linked"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(site.resolve("posts/4/theirs")));
        assertFalse(Files.exists(site.resolve("posts/0")), "emptied folders the build made are gone");
        assertTrue(Files.exists(site.resolve("posts/7/deep/CNAME.txt")));
    }

    @Test
    @DisplayName("deleteListed keeps a folder of the user's where the manifest lists a file, and what is in it")
    void listedFileReplacedByAFolder() throws Exception {
        Path site = Files.createDirectory(temp.resolve("site"));
        Files.createDirectories(site.resolve("posts/a.html"));
        Files.writeString(site.resolve("posts/a.html/mine.txt"), "mine");
        Files.createDirectories(site.resolve("posts/b.html"));
        Files.writeString(site.resolve("posts/c.html"), "ours");

        List<String> kept = Tree.deleteListed(site,
                new Manifest(List.of("posts/a.html", "posts/b.html", "posts/c.html")));

        assertEquals(List.of("posts/a.html/mine.txt", "posts/b.html"), kept);
        assertTrue(Files.exists(site.resolve("posts/a.html/mine.txt")));
        assertTrue(Files.isDirectory(site.resolve("posts/b.html")), "an empty folder of the user's is kept too");
        assertFalse(Files.exists(site.resolve("posts/c.html")));
    }

    @Test
    @DisplayName("deleteListed removes the folder itself, with its manifest, when nothing else is left")
    void removesTheFolderWhenEmpty() throws Exception {
        Path site = Files.createDirectory(temp.resolve("site"));
        Files.createDirectories(site.resolve("a/b"));
        Files.writeString(site.resolve("a/b/c.html"), "c");
        Files.writeString(site.resolve("index.html"), "i");
        Files.writeString(site.resolve(Manifest.FILE_NAME), "# list\n");

        assertEquals(List.of(), Tree.deleteListed(site, new Manifest(List.of("a/b/c.html", "index.html"))));
        assertFalse(Files.exists(site));
    }

    @Test
    @DisplayName("deleteListed goes down a tree a hundred folders deep, keeping a user's file at the bottom")
    void deepTree() throws Exception {
        Path site = Files.createDirectory(temp.resolve("site"));
        String deep = "d/".repeat(100);
        Files.createDirectories(site.resolve(deep + "x/y/z"));
        Files.writeString(site.resolve(deep + "listed.html"), "ours");
        Files.writeString(site.resolve(deep + "x/y/z/listed.html"), "ours");
        Files.writeString(site.resolve(deep + "mine.txt"), "mine");

        List<String> kept = Tree.deleteListed(site,
                new Manifest(List.of(deep + "listed.html", deep + "x/y/z/listed.html")));

        assertEquals(List.of(deep + "mine.txt"), kept);
        assertFalse(Files.exists(site.resolve(deep + "x")), "the folders the build made, emptied, are gone");
        assertTrue(Files.exists(site.resolve(deep + "mine.txt")));
    }
}
