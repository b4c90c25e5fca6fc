package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("abbrlinks are kept when written and computed when missing, never written back")
class AbbrlinkAssignmentTest {
    private static final String TITLE = "阿里巴巴正式开源全球化OpenMessaging和ApsaraCache项目";

    @TempDir
    Path dir;

    private static Map<String, String> bySlug(Site site) {
        return site.posts().stream().collect(Collectors.toMap(Post::slug, Post::abbrlink));
    }

    @Test
    @DisplayName("a missing abbrlink is crc32/hex of the title by default, and the file is untouched")
    void computed() throws Exception {
        String text = "---\ntitle: " + TITLE + "\ndate: 2017-10-14\n---\n";
        TempSite site = TempSite.withConfig(dir, "timezone: UTC\npermalink: posts/:abbrlink.html\n")
                .file("source/_posts/a.md", text);
        Post post = site.load().posts().get(0);
        assertEquals("7631b95", post.abbrlink());
        assertEquals("posts/7631b95.html", post.path());
        assertEquals(text, Files.readString(dir.resolve("source/_posts/a.md")));
    }

    @Test
    @DisplayName("abbrlink: {alg: crc16, rep: dec} is honoured")
    void crc16Decimal() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\nabbrlink:\n  alg: crc16\n  rep: dec\n")
                .file("source/_posts/a.md", "---\ntitle: '123456789'\ndate: 2017-10-14\n---\n").load();
        assertEquals("47933", site.posts().get(0).abbrlink());
    }

    @Test
    @DisplayName("an abbrlink section without alg/rep takes the plugin's defaults, crc16 and dec")
    void pluginDefaults() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\nabbrlink:\n  drafts: false\n")
                .file("source/_posts/a.md", "---\ntitle: '123456789'\ndate: 2017-10-14\n---\n").load();
        assertEquals("47933", site.posts().get(0).abbrlink());
    }

    @Test
    @DisplayName("colliding computed values go up by one, in source-path order, around written ones")
    void collisions() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/b.md", "---\ntitle: same\ndate: 2017-10-14\n---\n")
                .file("source/_posts/a.md", "---\ntitle: same\ndate: 2017-10-15\n---\n")
                .file("source/_posts/c.md", "---\ntitle: same\ndate: 2017-10-16\n---\n")
                .file("source/_posts/w.md", "---\ntitle: other\nabbrlink: " + crc32Hex("same", 1) + "\n---\n")
                .load();
        Map<String, String> links = bySlug(site);
        assertEquals(crc32Hex("same", 0), links.get("a"));
        assertEquals(crc32Hex("same", 2), links.get("b"));
        assertEquals(crc32Hex("same", 3), links.get("c"));
        assertEquals(crc32Hex("same", 1), links.get("w"));
    }

    @Test
    @DisplayName("drafts are given their values after published posts, so showing them changes nothing")
    void draftsLast() throws Exception {
        TempSite site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_drafts/a.md", "---\ntitle: same\n---\n")
                .file("source/_posts/z.md", "---\ntitle: same\ndate: 2017-10-14\n---\n");
        Map<String, String> withDrafts = bySlug(site.load(true, false));
        assertEquals(crc32Hex("same", 0), withDrafts.get("z"));
        assertEquals(crc32Hex("same", 1), withDrafts.get("a"));
        assertEquals(crc32Hex("same", 0), bySlug(site.load()).get("z"));
    }

    private static String crc32Hex(String title, int plus) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue() + plus);
    }
}
