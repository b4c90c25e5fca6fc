package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding into blog-maven's own folder: the files it wrote are replaced or removed, the user's are kept, and
 * nothing is written or deleted through a link.
 */
class RebuildTest {
    @TempDir
    Path tmp;

    Path blog;
    Path site;
    final SiteGenerator generator = new SiteGenerator(null);

    @BeforeEach
    void firstBuild() throws Exception {
        blog = ScratchSites.copy("sample", tmp.resolve("blog"));
        site = tmp.resolve("site");
        build();
    }

    void build() throws Exception {
        generator.generate(GenerateRequest.of(blog, site));
    }

    @Test
    @DisplayName("a CNAME, .git/config and a note inside a generated folder survive two rebuilds, byte for byte")
    void userFilesSurvive() throws Exception {
        Map<String, byte[]> generated = Fixtures.snapshot(site);
        Files.writeString(site.resolve("CNAME"), "blog.example.com\n");
        Files.createDirectories(site.resolve(".git/refs"));
        Files.writeString(site.resolve(".git/config"), "[remote \"origin\"]\n");
        Files.createDirectories(site.resolve("posts/notes"));
        Files.writeString(site.resolve("posts/notes/keep.txt"), "draft ideas");
        Files.createDirectories(site.resolve("empty-by-choice"));

        build();
        build();

        assertEquals("blog.example.com\n", Files.readString(site.resolve("CNAME")));
        assertEquals("[remote \"origin\"]\n", Files.readString(site.resolve(".git/config")));
        assertTrue(Files.isDirectory(site.resolve(".git/refs")));
        assertEquals("draft ideas", Files.readString(site.resolve("posts/notes/keep.txt")));
        assertTrue(Files.isDirectory(site.resolve("empty-by-choice")));
        Map<String, byte[]> now = Fixtures.snapshot(site);
        generated.forEach((path, bytes) -> assertArrayEquals(bytes, now.get(path), path));
        assertEquals(generated.size() + 3, now.size(), "only the three user files were added");
    }

    @Test
    @DisplayName("the page of a deleted post disappears on rebuild; so does its line in the manifest")
    void deletedPostDisappears() throws Exception {
        assertTrue(Files.isRegularFile(site.resolve("posts/1a2b3c4.html")));
        Files.delete(blog.resolve("source/_posts/hello-records.md"));

        build();

        assertFalse(Files.exists(site.resolve("posts/1a2b3c4.html")));
        assertTrue(Files.isRegularFile(site.resolve("posts/5e6f7a8.html")));
        assertFalse(Files.readString(site.resolve(".blog-maven-manifest")).contains("posts/1a2b3c4.html"));
        assertTrue(Files.readString(site.resolve(".blog-maven-manifest")).contains("posts/5e6f7a8.html"));
    }

    @Test
    @DisplayName("a rebuild after a post's edit replaces the files that changed; the others stay the very same files")
    void unchangedFilesStay() throws Exception {
        Map<String, Object> before = fileKeys(site);
        Path post = blog.resolve("source/_posts/hello-records.md");
        Files.writeString(post, Files.readString(post) + "\nOne sentence more.\n");

        build();

        Map<String, Object> after = fileKeys(site);
        assertEquals(before.keySet(), after.keySet());
        assertFalse(before.get("posts/1a2b3c4.html").equals(after.get("posts/1a2b3c4.html")), "the edited post");
        assertEquals(before.get("posts/5e6f7a8.html"), after.get("posts/5e6f7a8.html"), "another post");
        assertEquals(before.get("css/style.css"), after.get("css/style.css"), "the theme's stylesheet");
        long kept = before.keySet().stream().filter(path -> before.get(path).equals(after.get(path))).count();
        assertTrue(kept > before.size() / 2, kept + " of " + before.size() + " kept");
        Path clean = tmp.resolve("clean");
        generator.generate(GenerateRequest.of(blog, clean));
        Map<String, byte[]> expected = Fixtures.snapshot(clean);
        Map<String, byte[]> rebuilt = Fixtures.snapshot(site);
        assertEquals(expected.keySet(), rebuilt.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), path));
    }

    @Test
    @DisplayName("a rebuild leaves only the site and its lock file beside it: no staging or previous folder")
    void nothingLeftBeside() throws Exception {
        build();
        assertEquals(java.util.List.of(".site.lock", "blog", "site"), ScratchSites.names(tmp));
    }

    @Test
    @DisplayName("a user's file where the site now puts one of its own fails the build; both sites stay as they were")
    void userFileInTheWay() throws Exception {
        Files.writeString(site.resolve("CNAME"), "mine");
        Files.writeString(blog.resolve("source/CNAME"), "theirs");
        Map<String, byte[]> before = Fixtures.snapshot(site);

        GenerateException e = assertThrows(GenerateException.class, this::build);
        assertEquals(site.toString(), e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("would replace files blog-maven did not write: CNAME"),
                e.getMessage());
        assertEquals(before.keySet(), Fixtures.snapshot(site).keySet());
        assertEquals("mine", Files.readString(site.resolve("CNAME")));
    }

    @Test
    @DisplayName("a user's link to a folder outside is kept as a link; what it leads to is never written or deleted")
    void linkToOutsideKept() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "not the site's");
        Files.createSymbolicLink(site.resolve("mirror"), outside);

        build();

        assertTrue(Files.isSymbolicLink(site.resolve("mirror")));
        assertEquals(Map.of("index.html", "not the site's"), texts(outside));
    }

    @Test
    @DisplayName("a generated file replaced by a link to a file outside: the link is dropped, the file outside kept")
    void generatedFileReplacedByLink() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.delete(site.resolve("404.html"));
        Files.createSymbolicLink(site.resolve("404.html"), secret);

        build();

        assertEquals("secret", Files.readString(secret));
        assertFalse(Files.isSymbolicLink(site.resolve("404.html")));
        assertTrue(Files.readString(site.resolve("404.html")).contains("<html"));
    }

    @Test
    @DisplayName("a generated folder replaced by a link to a folder outside: refused, nothing written through it")
    void generatedFolderReplacedByLink() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("1a2b3c4.html"), "not the site's");
        Path posts = site.resolve("posts");
        for (String name : ScratchSites.names(posts)) {
            Files.delete(posts.resolve(name));
        }
        Files.delete(posts);
        Files.createSymbolicLink(posts, outside);

        GenerateException e = assertThrows(GenerateException.class, this::build);
        assertTrue(e.getMessage().contains("posts"), e.getMessage());
        assertEquals(Map.of("1a2b3c4.html", "not the site's"), texts(outside));
        assertTrue(Files.isSymbolicLink(posts));
    }

    @Test
    @DisplayName("a hand-edited manifest naming a file outside the folder cannot make a build delete it")
    void manifestCannotReachOutside() throws Exception {
        Path precious = Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Files.writeString(site.resolve(".blog-maven-manifest"), "../precious.txt\n%2e%2e/precious.txt\n",
                java.nio.file.StandardOpenOption.APPEND);

        build();

        assertEquals("keep me", Files.readString(precious));
    }

    /** The identity of each file below {@code dir} (device and inode on Linux), by its path. */
    private static Map<String, Object> fileKeys(Path dir) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                keys.put(dir.relativize(file).toString().replace('\\', '/'),
                        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey());
            }
        }
        return keys;
    }

    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String name : ScratchSites.names(dir)) {
            if (Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                texts.put(name, Files.readString(dir.resolve(name)));
            }
        }
        return texts;
    }
}
