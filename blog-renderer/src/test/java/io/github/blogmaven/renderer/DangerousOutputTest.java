package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory that would destroy something is refused before anything is written or deleted: the
 * refusal is a content/configuration problem naming the folder, and the folder is exactly as it was.
 */
class DangerousOutputTest {
    @TempDir
    Path tmp;

    Path home;
    Path projects;
    Path blog;
    Map<String, byte[]> before;
    SiteGenerator generator;

    @BeforeEach
    void blog() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        projects = Files.createDirectories(tmp.resolve("projects"));
        blog = ScratchSites.copy("sample", projects.resolve("blog"));
        before = Fixtures.snapshot(blog);
        generator = new SiteGenerator(home);
    }

    ContentProblem refused(Path output) {
        GenerateException e = assertThrows(GenerateException.class,
                () -> generator.generate(GenerateRequest.of(blog, output)));
        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals(output.toAbsolutePath().normalize().toString(), problem.path());
        assertTrue(problem.hint().contains("choose"), problem.hint());
        return problem;
    }

    void untouched() throws IOException {
        Map<String, byte[]> after = Fixtures.snapshot(blog);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
        assertEquals(List.of("blog"), ScratchSites.names(projects), "nothing was created beside the blog");
        assertEquals(List.of("home", "projects"), ScratchSites.names(tmp));
    }

    @Test
    @DisplayName("output = the source folder: refused, and not one source file changes")
    void sourceFolder() throws IOException {
        assertTrue(refused(blog.resolve("source")).message().contains("the blog's source folder"));
        untouched();
        assertEquals(List.of("7631b95", "_posts", "about", "images"), ScratchSites.names(blog.resolve("source")));
    }

    @Test
    @DisplayName("output = the blog's own folder: refused")
    void baseFolder() throws IOException {
        assertTrue(refused(blog).message().contains("the blog's own folder"));
        untouched();
    }

    @Test
    @DisplayName("output = the folder holding the blog (a parent of source/): refused")
    void parentOfTheBlog() throws IOException {
        assertTrue(refused(blog.getParent()).message().contains("contains the blog's folder"));
        untouched();
    }

    @Test
    @DisplayName("output = / : refused on its path alone, before any file is looked at")
    void root() throws IOException {
        List<String> rootBefore = ScratchSites.names(Path.of("/"));
        assertTrue(refused(Path.of("/")).message().contains("root of the file system"));
        assertEquals(rootBefore, ScratchSites.names(Path.of("/")));
        untouched();
    }

    @Test
    @DisplayName("output = the home folder: refused, even for a blog outside it")
    void homeFolder() throws IOException {
        Path elsewhere = blog;
        Files.writeString(home.resolve(".bashrc"), "export X=1");
        GenerateException e = assertThrows(GenerateException.class,
                () -> generator.generate(GenerateRequest.of(elsewhere, home)));
        assertEquals(home.toString(), e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("your home folder"), e.getMessage());
        assertEquals("export X=1", Files.readString(home.resolve(".bashrc")));
        assertEquals(List.of(".bashrc"), ScratchSites.names(home));
        untouched();
    }

    @Test
    @DisplayName("output = a link to the source folder, or a path with .. that leads there: refused")
    void linkToSource() throws IOException {
        Path link = Files.createSymbolicLink(home.resolve("public"), blog.resolve("source"));
        assertTrue(refused(link).message().contains("leads to"));
        refused(blog.resolve("target/../source"));
        untouched();
    }

    @Test
    @DisplayName("output inside the source folder: refused, and not created")
    void insideSource() throws IOException {
        assertTrue(refused(blog.resolve("source/public")).message().contains("inside the blog's source folder"));
        assertFalse(Files.exists(blog.resolve("source/public")));
        untouched();
    }

    @Test
    @DisplayName("a non-empty folder blog-maven did not make: refused with how to go on, nothing written beside it")
    void foreignFolder() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        ContentProblem problem = refused(out);
        assertTrue(problem.message().contains("not empty and blog-maven did not make it"), problem.message());
        assertTrue(problem.hint().startsWith("empty or delete the folder"), problem.hint());
        assertTrue(problem.hint().contains("or choose another one"), problem.hint());
        assertEquals(List.of("thesis.tex"), ScratchSites.names(out));
        assertEquals(List.of("home", "out", "projects"), ScratchSites.names(tmp));
    }

    @Test
    @DisplayName("target/blog inside the blog, and an empty existing folder, are fine")
    void ordinaryFolders() throws Exception {
        generator.generate(GenerateRequest.of(blog, blog.resolve("target/blog")));
        assertTrue(Files.isRegularFile(blog.resolve("target/blog/index.html")));
        Path empty = Files.createDirectories(projects.resolve("empty"));
        generator.generate(GenerateRequest.of(blog, empty));
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
    }
}
