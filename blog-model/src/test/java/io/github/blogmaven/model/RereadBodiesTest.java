package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Re-reading saved posts gives what a full load gives, or nothing")
class RereadBodiesTest {
    private static final String POST = "source/_posts/hello.md";
    private static final String HEAD = "---\ntitle: Hello\ndate: 2020-01-01 10:00:00\ntags: [java]\n"
            + "categories: [code]\n---\n";

    @TempDir
    Path dir;

    private TempSite temp;
    private Site site;

    @BeforeEach
    void load() throws Exception {
        temp = TempSite.withConfig(dir, "timezone: UTC\nupdated_option: mtime\n")
                .file(POST, HEAD + "Old body.\n")
                .file("source/_posts/other.md", "---\ntitle: Other\ndate: 2019-01-01\ntags: [java]\n---\nx\n");
        site = temp.load();
    }

    @Test
    @DisplayName("a new body and modification time are taken, and the site equals a full load")
    void bodyChange() throws Exception {
        temp.file(POST, HEAD + "New body.\n").modified(POST, Instant.parse("2023-05-06T07:08:09Z"));
        Optional<Site> reread = SiteLoader.rereadBodies(site, Set.of(POST));
        assertTrue(reread.isPresent());
        Site full = temp.load();
        assertEquals(full.posts(), reread.get().posts());
        assertEquals(full.tags(), reread.get().tags());
        assertEquals(full.categories(), reread.get().categories());
        assertEquals("New body.\n", reread.get().posts().get(0).body().text());
        // the untouched post is the same object, so what was built from it can be kept
        assertSame(site.posts().get(1), reread.get().posts().get(1));
        assertSame(reread.get().posts().get(0), reread.get().tags().get(0).posts().get(0));
    }

    @Test
    @DisplayName("a changed title, tag or date, a broken front matter, a deleted file or an unknown file gives nothing")
    void otherChanges() throws Exception {
        temp.file(POST, HEAD.replace("Hello", "Bye") + "Old body.\n");
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
        temp.file(POST, HEAD.replace("[java]", "[java, go]") + "Old body.\n");
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
        temp.file(POST, HEAD.replace("10:00:00", "11:00:00") + "Old body.\n");
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
        temp.file(POST, HEAD.replace("title: Hello", "title: [unclosed") + "Old body.\n");
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of("source/_posts/new.md")));
        temp.file("_config.yml", "timezone: Asia/Shanghai\n").file(POST, HEAD + "Old body.\n");
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
        temp.file("_config.yml", "timezone: UTC\nupdated_option: mtime\n");
        java.nio.file.Files.delete(dir.resolve(POST));
        assertEquals(Optional.empty(), SiteLoader.rereadBodies(site, Set.of(POST)));
    }
}
