package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A draft shown in a preview carries a draft badge; a published post does not")
class DraftBadgeTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("on its page, on the home page and in the archive")
    void badge() throws Exception {
        TestBlog blog = TestBlog.in(dir)
                .post("published.md", "Published", "Out there.\n")
                .file("source/_drafts/unfinished.md", "---\ntitle: Unfinished\ndate: 2021-01-01 00:00:00\n---\nSoon.\n");
        blog.build(GenerateRequest.of(blog.base, blog.output).withDrafts(true));
        String draft = Fixtures.read(blog.output, "2021/01/01/unfinished/index.html");
        assertTrue(draft.contains("Unfinished<span class=\"draft-badge\">Draft</span></h1>"), draft);
        String home = Fixtures.read(blog.output, "index.html");
        assertEquals(1, home.split("class=\"draft-badge\"", -1).length - 1, home);
        assertTrue(Fixtures.read(blog.output, "archives/index.html").contains("draft-badge"));
        assertFalse(Fixtures.read(blog.output, "2020/01/01/published/index.html").contains("draft-badge"));
    }
}
