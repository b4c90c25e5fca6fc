package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer used as a plain Java library: one facade call, and no Maven anywhere on its class path. */
class PublicApiTest {
    @TempDir
    Path output;

    @Test
    @DisplayName("the sample site builds through SiteGenerator and GenerateRequest.of alone")
    void buildsThroughThePublicApi() throws Exception {
        GenerateResult result = new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("sample"), output));

        assertEquals(output, result.outputDir());
        assertEquals(3, result.count(PageKind.POST));
        assertTrue(result.totalPages() > 3);
        assertTrue(Files.isRegularFile(output.resolve("posts/7631b95.html")));
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
        assertTrue(result.summary().startsWith(result.totalPages() + " pages ("), result.summary());
    }

    @Test
    @DisplayName("no class of org.apache.maven is on the renderer's class path")
    void noMavenOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.maven.plugin.Mojo"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.maven.plugin.logging.Log"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.maven.project.MavenProject"));
    }
}
