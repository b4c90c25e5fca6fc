package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Drafts and future posts are published only when asked for")
class PublishingTest {
    @TempDir
    Path dir;

    private TempSite site;

    @BeforeEach
    void writePosts() {
        site = new TempSite(dir)
                .file("source/_posts/live.md", "---\ndate: 2020-01-01\ntags: [shared]\ncategories: [Live]\n---\n")
                .file("source/_drafts/drafted.md", "---\ntags: [shared, draft-only]\ncategories: [Hidden]\n---\n")
                .file("source/_posts/unpublished.md", "---\ndate: 2020-01-02\npublished: false\n---\n")
                .file("source/_posts/flagged.md", "---\ndate: 2020-01-03\ndraft: true\n---\n")
                .file("source/_posts/later.md", "---\ndate: 2030-01-01\ntags: [future-only]\n---\n");
    }

    private Site load(String config, boolean drafts, boolean future) throws Exception {
        site.file("_config.yml", "timezone: UTC\n" + config);
        return site.load(drafts, future);
    }

    private static List<String> slugs(Site site) {
        return site.posts().stream().map(Post::slug).sorted().toList();
    }

    @Test
    @DisplayName("by default: no drafts; future posts are published (Hexo's future: true)")
    void defaults() throws Exception {
        assertEquals(List.of("later", "live"), slugs(load("", false, false)));
    }

    @Test
    @DisplayName("future: false hides posts dated after now, with their tags")
    void futureFalse() throws Exception {
        Site loaded = load("future: false\n", false, false);
        assertEquals(List.of("live"), slugs(loaded));
        assertEquals(List.of("shared"), loaded.tags().stream().map(t -> t.term().name()).toList());
    }

    @Test
    @DisplayName("includeFuture shows them anyway")
    void includeFuture() throws Exception {
        assertEquals(List.of("later", "live"), slugs(load("future: false\n", false, true)));
    }

    @Test
    @DisplayName("_drafts/, published: false and draft: true are drafts, shown by render_drafts or includeDrafts")
    void drafts() throws Exception {
        List<String> all = List.of("drafted", "flagged", "later", "live", "unpublished");
        assertEquals(all, slugs(load("render_drafts: true\n", false, false)));
        Site withOption = load("", true, false);
        assertEquals(all, slugs(withOption));
        assertTrue(withOption.posts().stream().filter(p -> !p.slug().equals("live") && !p.slug().equals("later"))
                .allMatch(Post::draft));
    }

    @Test
    @DisplayName("hidden posts give no tags or categories")
    void hiddenTerms() throws Exception {
        Site loaded = load("", false, false);
        assertEquals(List.of("future-only", "shared"), loaded.tags().stream().map(t -> t.term().name()).toList());
        assertEquals(List.of("Live"), loaded.categories().stream().map(c -> c.term().name()).toList());
        assertEquals(1, loaded.tags().get(1).posts().size());
    }
}
