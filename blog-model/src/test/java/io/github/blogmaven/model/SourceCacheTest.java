package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A load with a source cache gives what a load without one gives, reading only changed files")
class SourceCacheTest {
    @TempDir
    Path dir;

    private Site load(SourceCache cache) throws Exception {
        return SiteLoader.load(dir, new LoadOptions(false, false, TempSite.NOW, message -> { }), cache);
    }

    @Test
    @DisplayName("unchanged files are not read again; changed, new and deleted ones are")
    void reuse() throws Exception {
        TempSite site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01\ntags: [x]\n---\nA body.\n")
                .file("source/_posts/b.md", "---\ntitle: B\ndate: 2021-01-01\n---\nB body.\n")
                .file("source/about/index.md", "---\ntitle: About\n---\nMe.\n");
        SourceCache cache = new SourceCache();
        Site first = load(cache);

        site.file("source/_posts/b.md", "---\ntitle: B2\ndate: 2021-01-01\ntags: [x]\n---\nNew body.\n")
                .modified("source/_posts/b.md", Instant.parse("2022-02-02T00:00:00Z"))
                .file("source/_posts/c.md", "---\ntitle: C\ndate: 2019-01-01\n---\nC body.\n");
        Files.delete(dir.resolve("source/about/index.md"));
        Site second = load(cache);

        Site fresh = site.load();
        assertEquals(fresh.posts(), second.posts());
        assertEquals(fresh.pages(), second.pages());
        assertEquals(fresh.tags(), second.tags());
        assertSame(post(first, "A").body().text(), post(second, "A").body().text(), "a.md was not read again");
        assertEquals("New body.\n", post(second, "B2").body().text());
    }

    @Test
    @DisplayName("a file forgotten is read again even when its size and time look unchanged")
    void forget() throws Exception {
        TempSite site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01\n---\nfirst\n");
        SourceCache cache = new SourceCache();
        Site first = load(cache);
        site.file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01\n---\nsecnd\n");
        cache.forget(List.of("source/_posts/a.md"));
        Site second = load(cache);
        assertNotSame(post(first, "A").body().text(), post(second, "A").body().text());
        assertEquals("secnd\n", post(second, "A").body().text());
    }

    private static Post post(Site site, String title) {
        return site.posts().stream().filter(post -> post.title().equals(title)).findFirst().orElseThrow();
    }
}
