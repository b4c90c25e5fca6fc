package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateRequest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("each parameter lands in the one request handed to the generator")
    void mapsParametersToRequest() throws Exception {
        GenerateMojo mojo = mojo(tmp.resolve("blog"), tmp.resolve("out"));
        set(mojo, "drafts", true);
        set(mojo, "future", true);

        GenerateRequest request = mojo.toRequest(BuildListener.SILENT);

        assertEquals(tmp.resolve("blog"), request.baseDir());
        assertEquals(tmp.resolve("out"), request.outputDir());
        assertTrue(request.drafts());
        assertTrue(request.future());
        assertSame(BuildListener.SILENT, request.listener());
    }

    @Test
    @DisplayName("drafts and future posts stay out unless asked for")
    void publishedContentByDefault() throws Exception {
        GenerateRequest request = mojo(tmp, tmp.resolve("out")).toRequest(BuildListener.SILENT);

        assertFalse(request.drafts());
        assertFalse(request.future());
    }

    @Test
    @DisplayName("blog.skip=true logs that it skipped and writes nothing")
    void skipLogsAndWritesNothing() throws Exception {
        Path out = tmp.resolve("out");
        GenerateMojo mojo = mojo(tmp.resolve("no-such-blog"), out);
        set(mojo, "skip", true);
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        mojo.execute();

        assertEquals(List.of("[INFO] Skipping blog generation (blog.skip=true)"), log.lines);
        assertFalse(out.toFile().exists());
    }

    @Test
    @DisplayName("a good blog is generated and the log ends with the summary")
    void generatesTheSite() throws Exception {
        Path blog = blog("---\ntitle: Hello\nabbrlink: 1a2b3c4\ndate: 2017-10-14 21:54:12\n---\n\nHi.\n");
        Path out = tmp.resolve("out");
        GenerateMojo mojo = mojo(blog, out);
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("posts/1a2b3c4.html")));
        assertTrue(log.lines.get(log.lines.size() - 1).matches("\\[INFO] \\d+ pages \\(.*\\), \\d+ assets copied in .* s"),
                log.lines::toString);
    }

    @Test
    @DisplayName("content problems fail the build: each logged once, all in the message, no stack trace")
    void contentProblemsAreAFailure() throws Exception {
        Path blog = blog("---\ntitle: Broken\ndate: not a date\n---\n\nBody.\n");
        GenerateMojo mojo = mojo(blog, tmp.resolve("out"));
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        List<String> errors = log.lines.stream().filter(line -> line.startsWith("[ERROR] ")).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("[ERROR] source/_posts/post.md:3:"), errors::toString);
        assertTrue(failure.getMessage().startsWith("The blog has 1 problem to fix:"), failure.getMessage());
        assertTrue(failure.getMessage().contains(errors.get(0).substring("[ERROR] ".length())), failure.getMessage());
        assertNull(failure.getCause());
    }

    @Test
    @DisplayName("an output directory that is the source folder is a failure naming it, and no source is touched")
    void dangerousOutputIsAFailure() throws Exception {
        Path blog = blog("---\ntitle: Hello\nabbrlink: 1a2b3c4\ndate: 2017-10-14\n---\n\nHi.\n");
        Path source = blog.resolve("source");
        GenerateMojo mojo = mojo(blog, source);
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains(source + ": the output folder is the blog's source folder"),
                failure.getMessage());
        assertEquals(List.of("_posts"), List.of(source.toFile().list()));
        assertEquals(List.of("post.md"), List.of(source.resolve("_posts").toFile().list()));
    }

    @Test
    @DisplayName("an output directory that cannot be written is an execution error, not a content failure")
    void ioProblemsAreAnError() throws Exception {
        Path blog = blog("---\ntitle: Hello\nabbrlink: 1a2b3c4\ndate: 2017-10-14\n---\n\nHi.\n");
        Path notADirectory = Files.writeString(tmp.resolve("out"), "a file");
        GenerateMojo mojo = mojo(blog, notADirectory);
        RecordingLog log = new RecordingLog(false);
        mojo.setLog(log);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("Could not read or write the blog's files: "), error.getMessage());
        assertTrue(log.lines.stream().noneMatch(line -> line.startsWith("[ERROR] ")), log.lines::toString);
    }

    /** A minimal Hexo site with one post, {@code source/_posts/post.md}. */
    private Path blog(String post) throws IOException {
        Path blog = tmp.resolve("blog");
        Files.createDirectories(blog.resolve("source/_posts"));
        Files.writeString(blog.resolve("_config.yml"),
                "title: Test\ntimezone: Asia/Shanghai\npermalink: posts/:abbrlink.html\n", StandardCharsets.UTF_8);
        Files.writeString(blog.resolve("source/_posts/post.md"), post, StandardCharsets.UTF_8);
        return blog;
    }

    private static GenerateMojo mojo(Path baseDirectory, Path outputDirectory) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "baseDirectory", baseDirectory.toFile());
        set(mojo, "outputDirectory", outputDirectory.toFile());
        return mojo;
    }

    /** Sets a parameter field as Maven's injector would. */
    private static void set(GenerateMojo mojo, String name, Object value) throws Exception {
        Field field = GenerateMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
