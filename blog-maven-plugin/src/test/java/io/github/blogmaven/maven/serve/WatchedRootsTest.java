package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which directories are registered and walked, and which changes are delivered, for the roots blog:serve uses. */
class WatchedRootsTest {

    private static final Path BLOG = Path.of("/blog");
    private static final Path CONFIG = BLOG.resolve("_config.yml");
    private static final Path SOURCE = BLOG.resolve("source");
    private static final Path THEMES = BLOG.resolve("themes");

    private final WatchedRoots roots = new WatchedRoots(List.of(SOURCE, THEMES, SOURCE.resolve("_posts")),
            Set.of(CONFIG, THEMES.resolve("landscape/_config.yml")));

    @Test
    void registersEachTreeOnceAndAFileRootsParentUnlessATreeHoldsIt() {
        assertEquals(List.of(SOURCE, THEMES, BLOG), roots.registered());
    }

    @Test
    void deliversChangesInsideTheTreesAndToTheFileRootsOnly() {
        assertTrue(roots.delivers(SOURCE.resolve("_posts/hello.md")));
        assertTrue(roots.delivers(SOURCE), "a directory root itself, deleted or recreated");
        assertTrue(roots.delivers(THEMES.resolve("landscape/_config.yml")));
        assertTrue(roots.delivers(CONFIG));

        assertFalse(roots.delivers(BLOG.resolve("package.json")));
        assertFalse(roots.delivers(BLOG.resolve("target/index.html")));
        assertFalse(roots.delivers(BLOG));
        assertFalse(roots.delivers(Path.of("/elsewhere/_config.yml")));
    }

    @Test
    void leavesOutEditorNoise() {
        for (String name : List.of("hello.md~", "hello.md%", ".hello.md.swp", ".hello.md.swx", "4913", ".#hello.md",
                ".DS_Store")) {
            assertFalse(roots.delivers(SOURCE.resolve(name)), name);
        }
        assertTrue(roots.delivers(SOURCE.resolve("4913.md")));
        assertTrue(roots.delivers(SOURCE.resolve(".nojekyll")));
    }

    @Test
    void walksAFileRootsParentWithoutItsOtherSubdirectories() {
        assertTrue(roots.walksInto(BLOG, BLOG));
        assertFalse(roots.walksInto(BLOG.resolve("target"), BLOG));
        assertFalse(roots.walksInto(BLOG.resolve("node_modules"), BLOG));
        assertFalse(roots.walksInto(SOURCE, BLOG), "walked from its own start");
    }

    @Test
    void walksTreesWholeAndTheirNewDirectories() {
        assertTrue(roots.walksInto(SOURCE.resolve("_posts/2024"), SOURCE));
        assertTrue(roots.walksInto(SOURCE.resolve("_posts/new"), SOURCE.resolve("_posts/new")));
        assertTrue(roots.walksInto(SOURCE, SOURCE), "source/ deleted and made again, seen from the blog folder");
    }

    @Test
    void neverWalksANewDirectoryBesideAFileRoot() {
        assertFalse(roots.walksInto(BLOG.resolve("target"), BLOG.resolve("target")));
        assertFalse(roots.walksInto(BLOG.resolve("target/site"), BLOG.resolve("target/site")));
    }
}
