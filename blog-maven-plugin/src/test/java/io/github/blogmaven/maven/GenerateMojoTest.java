package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateRequest;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
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
