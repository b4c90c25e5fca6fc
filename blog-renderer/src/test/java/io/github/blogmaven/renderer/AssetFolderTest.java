package io.github.blogmaven.renderer;

import static io.github.blogmaven.renderer.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** post_asset_folder: a post's files are published beside it and its relative images point there. */
class AssetFolderTest {
    @TempDir
    Path output;

    @Test
    @DisplayName("![pic](pic.png) in posts/hello-assets.html resolves to its asset folder, which is published")
    void postAssetFolder() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("asset-folder"), output));

        String html = read(output, "posts/hello-assets.html");
        assertTrue(html.contains("src=\"/posts/hello-assets/pic.png\""), html);
        assertTrue(Files.isRegularFile(output.resolve("posts/hello-assets/pic.png")));
    }

    @Test
    @DisplayName("templates reach front-matter keys, config keys and url_for; front-matter dates are formatted")
    void templateData() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("asset-folder"), output));

        String html = read(output, "posts/hello-assets.html");
        assertTrue(html.contains("<p class=\"date\">2020-01-01 2020-01-01T08:30:00+08:00</p>"), html);
        assertTrue(html.contains("<p class=\"mood\">calm</p>"));
        assertTrue(html.contains("<p class=\"config\">true</p>"));
        assertTrue(html.contains("/images/x.png https://assets.example.com/tags/%E4%B8%AD%E6%96%87/"), html);
    }
}
