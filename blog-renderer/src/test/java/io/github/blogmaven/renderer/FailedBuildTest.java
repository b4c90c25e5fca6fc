package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails, is killed, or meets another build leaves the previous site intact, and the next build
 * recovers. The leftovers of a killed build are laid out by hand here as the scheme of SiteSwap names them.
 */
class FailedBuildTest {
    static final String STAGING = ".site.staging-0123456789abcdef";
    static final String PREVIOUS = ".site.previous-fedcba9876543210";

    @TempDir
    Path tmp;

    Path blog;
    Path site;
    Map<String, byte[]> previous;
    final SiteGenerator generator = new SiteGenerator(null);

    @BeforeEach
    void previousSite() throws Exception {
        blog = ScratchSites.copy("sample", tmp.resolve("blog"));
        site = tmp.resolve("site");
        build();
        Files.writeString(site.resolve("CNAME"), "blog.example.com");
        previous = Fixtures.snapshot(site);
    }

    GenerateResult build() throws Exception {
        return generator.generate(GenerateRequest.of(blog, site));
    }

    void assertSite(Map<String, byte[]> expected) throws IOException {
        Map<String, byte[]> actual = Fixtures.snapshot(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    void assertNothingBeside() throws IOException {
        assertEquals(List.of(".site.lock", "blog", "site"), ScratchSites.names(tmp));
    }

    @Test
    @DisplayName("a template error part way through the pages leaves the previous site byte for byte")
    void templateErrorMidway() throws Exception {
        Files.createDirectories(blog.resolve("themes/t/layout"));
        Files.writeString(blog.resolve("themes/t/layout/post.ftlh"),
                "<#if post.title?starts_with(\"Hello\")>${post.noSuchProperty}</#if><p>${post.title}</p>");
        Files.writeString(blog.resolve("_config.yml"), "theme: t\n", StandardOpenOption.APPEND);
        Files.writeString(blog.resolve("source/_posts/freemarker-notes.md"),
                Files.readString(blog.resolve("source/_posts/freemarker-notes.md")) + "\nChanged.\n");

        GenerateException e = assertThrows(GenerateException.class, this::build);
        assertTrue(e.getMessage().contains("themes/t/layout/post.ftlh"), e.getMessage());

        assertSite(previous);
        assertNothingBeside();
    }

    @Test
    @DisplayName("a content error leaves the previous site byte for byte")
    void contentError() throws Exception {
        Files.writeString(blog.resolve("source/_posts/broken.md"), "---\ntitle: x\ndate: not a date\n---\n\nx\n");
        assertThrows(GenerateException.class, this::build);
        assertSite(previous);
    }

    @Test
    @DisplayName("a staging folder left by a build killed while rendering is removed by the next build")
    void killedWhileRendering() throws Exception {
        Files.createDirectories(tmp.resolve(STAGING + "/posts"));
        Files.writeString(tmp.resolve(STAGING + "/posts/half.html"), "<html><bo");

        build();

        assertSite(previous);
        assertNothingBeside();
    }

    @Test
    @DisplayName("killed while carrying the user's files into the new site: the next build puts them back and succeeds")
    void killedWhileCarryingUserFiles() throws Exception {
        Path staging = Files.createDirectories(tmp.resolve(STAGING));
        Files.writeString(staging.resolve("index.html"), "half a new site");
        Files.writeString(staging.resolve(".blog-maven-manifest"), "# x\nindex.html\n");
        Files.move(site.resolve("CNAME"), staging.resolve("CNAME"));
        journal();

        build();

        assertSite(previous);
        assertNothingBeside();
    }

    @Test
    @DisplayName("killed between setting the previous site aside and moving the new one in: the next build recovers")
    void killedBetweenTheRenames() throws Exception {
        Path staging = Files.createDirectories(tmp.resolve(STAGING));
        Files.writeString(staging.resolve("index.html"), "half a new site");
        Files.writeString(staging.resolve(".blog-maven-manifest"), "# x\nindex.html\n");
        Files.move(site.resolve("CNAME"), staging.resolve("CNAME"));
        journal();
        Files.move(site, tmp.resolve(PREVIOUS));

        build();

        assertSite(previous);
        assertNothingBeside();
    }

    @Test
    @DisplayName("killed after the new site went in: the next build removes the previous one and succeeds")
    void killedAfterTheCommit() throws Exception {
        Path old = Files.createDirectories(tmp.resolve(PREVIOUS + "/posts"));
        Files.writeString(old.resolve("gone.html"), "old");
        Files.writeString(tmp.resolve(PREVIOUS + "/.blog-maven-manifest"), "# x\nposts/gone.html\n");
        journal();

        build();

        assertSite(previous);
        assertNothingBeside();
    }

    @Test
    @DisplayName("while another build holds the output folder, a build fails at once and changes nothing")
    void lockedByAnotherBuild() throws Exception {
        try (FileChannel other = FileChannel.open(tmp.resolve(".site.lock"), StandardOpenOption.WRITE);
                var lock = other.lock()) {
            GenerateException e = assertThrows(GenerateException.class, this::build);
            assertEquals(site.toString(), e.problems().get(0).path());
            assertTrue(e.problems().get(0).message().startsWith("another build is writing to the output folder"));
            assertTrue(e.problems().get(0).hint().contains("wait for it to finish"));
        }
        assertSite(previous);
        build();
        assertSite(previous);
    }

    @Test
    @DisplayName("two builds of one folder at once: each finishes or is turned away, and the site is whole")
    void twoBuildsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<GenerateResult>> builds = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                builds.add(pool.submit(this::build));
            }
            int finished = 0;
            for (Future<GenerateResult> build : builds) {
                try {
                    build.get();
                    finished++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof GenerateException, String.valueOf(e.getCause()));
                    assertTrue(e.getCause().getMessage().contains("another build is writing"), e.getCause().getMessage());
                }
            }
            assertTrue(finished >= 1);
        } finally {
            pool.shutdownNow();
        }
        assertSite(previous);
        assertNothingBeside();
    }

    private void journal() throws IOException {
        Files.writeString(tmp.resolve(".site.swap"), "blog-maven swap journal 1\nstaging " + STAGING + "\nprevious "
                + PREVIOUS + "\n", StandardCharsets.UTF_8);
    }
}
