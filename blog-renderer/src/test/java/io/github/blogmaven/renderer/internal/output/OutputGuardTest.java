package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output folders are refused, before anything is written: the checks only read the file system. */
class OutputGuardTest {
    @TempDir
    Path tmp;

    Path home;
    Path base;
    Path source;
    OutputGuard guard;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(tmp.resolve("home/me"));
        base = Files.createDirectories(home.resolve("blogs/myblog"));
        source = Files.createDirectories(base.resolve("source"));
        guard = new OutputGuard(home);
    }

    ContentProblem refused(Path output) {
        GenerateException e = assertThrows(GenerateException.class, () -> guard.check(base, source, output));
        assertEquals(1, e.problems().size());
        ContentProblem problem = e.problems().get(0);
        assertEquals(output.toAbsolutePath().normalize().toString(), problem.path(), "names the output folder");
        assertTrue(problem.hint() != null && !problem.hint().isBlank());
        return problem;
    }

    @Test
    @DisplayName("the source folder is refused")
    void sourceFolder() {
        assertTrue(refused(source).message().contains("the blog's source folder"));
    }

    @Test
    @DisplayName("the blog's own folder is refused")
    void baseFolder() {
        assertTrue(refused(base).message().contains("the blog's own folder"));
    }

    @Test
    @DisplayName("any folder holding the blog is refused")
    void parentsOfTheBlog() {
        assertTrue(refused(base.getParent()).message().contains("contains the blog's folder"));
        assertTrue(refused(tmp).message().contains("contains the blog's folder"));
    }

    @Test
    @DisplayName("the root of the file system is refused, by its path alone")
    void root() {
        for (Path root : tmp.getFileSystem().getRootDirectories()) {
            assertTrue(refused(root).message().contains("root of the file system"));
        }
    }

    @Test
    @DisplayName("the home folder is refused, and a folder holding it")
    void home() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/blog"));
        OutputGuard guard = new OutputGuard(home);
        GenerateException e = assertThrows(GenerateException.class,
                () -> guard.check(elsewhere, elsewhere.resolve("source"), home));
        assertTrue(e.problems().get(0).message().contains("your home folder"), e.getMessage());
        e = assertThrows(GenerateException.class,
                () -> guard.check(elsewhere, elsewhere.resolve("source"), home.getParent()));
        assertTrue(e.problems().get(0).message().contains("contains your home folder"), e.getMessage());
    }

    @Test
    @DisplayName("a folder inside the source folder is refused: the next build would read the site")
    void insideSource() {
        assertTrue(refused(source.resolve("public")).message().contains("inside the blog's source folder"));
    }

    @Test
    @DisplayName("a source_dir outside the blog is protected like source/")
    void sourceElsewhere() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("shared/posts"));
        GenerateException e = assertThrows(GenerateException.class, () -> guard.check(base, shared, shared.getParent()));
        assertTrue(e.problems().get(0).message().contains("contains the blog's source folder"));
    }

    @Test
    @DisplayName("a link to the source folder, or a path through .., is judged by where it really leads")
    void linksAndDots() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), source);
        ContentProblem problem = refused(link);
        assertTrue(problem.message().contains("leads to " + source.toRealPath()), problem.message());
        refused(base.resolve("target/../source"));
    }

    @Test
    @DisplayName("ordinary output folders are accepted: target/blog, public/, a folder beside the blog")
    void accepted() throws Exception {
        assertEquals(base.resolve("target/blog"), guard.check(base, source, base.resolve("target/blog")));
        assertEquals(base.resolve("public"), guard.check(base, source, base.resolve("public")));
        assertEquals(base.resolveSibling("site"), guard.check(base, source, base.resolveSibling("site")));
    }

    @Test
    @DisplayName("a non-empty folder without a manifest is refused; an empty, missing or own one is accepted")
    void foreignFolder() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        guard.checkOwned(out, out);
        guard.checkOwned(tmp.resolve("missing"), tmp.resolve("missing"));

        Files.writeString(out.resolve("thesis.tex"), "years of work");
        GenerateException e = assertThrows(GenerateException.class, () -> guard.checkOwned(out, out));
        ContentProblem problem = e.problems().get(0);
        assertEquals(out.toString(), problem.path());
        assertTrue(problem.message().contains("not empty and blog-maven did not make it"), problem.message());
        assertTrue(problem.hint().contains("empty or delete the folder (once, if an older blog-maven made it)"),
                problem.hint());

        new Manifest(java.util.List.of()).writeTo(out);
        guard.checkOwned(out, out);
    }

    @Test
    @DisplayName("an output that is a file is an I/O error, not a refusal")
    void aFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        assertThrows(IOException.class, () -> guard.checkOwned(file, file));
    }
}
