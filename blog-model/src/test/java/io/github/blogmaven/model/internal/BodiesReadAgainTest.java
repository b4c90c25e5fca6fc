package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.TempSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Posts too large to keep in memory read their bodies from their files again")
class BodiesReadAgainTest {
    private static final String POST = "source/_posts/yaml.md";
    private static final Map<String, String> POSTS = Map.of(
            POST, "---\ntitle: YAML\ndate: 2020-01-01\n---\n\n## 标题\n\n正文 ***粗斜体*** text.\n",
            "source/_posts/json.md", ";;;\n\"title\": \"JSON\", \"date\": \"2020-01-02\"\n;;;\nJSON body\n",
            "source/_posts/fenceless.md", "title: Fenceless\ndate: 2020-01-03\n---\nNo opening fence\n",
            "source/_posts/none.md", "Only a body, no front matter\n",
            "source/_posts/crlf.md", "---\r\ntitle: CRLF\r\ndate: 2020-01-04\r\n---\r\nline 1\r\nline 2\r\n",
            "source/_posts/bom.md", "\uFEFF---\ntitle: BOM\ndate: 2020-01-05\n---\nafter a byte-order mark",
            "source/_posts/empty.md", "---\ntitle: Empty\ndate: 2020-01-06\n---\n",
            "source/_posts/end.md", "---\ntitle: No newline\ndate: 2020-01-07\n---");

    @TempDir
    Path dir;

    private TempSite temp;
    private long postBytes;

    @BeforeEach
    void write() throws Exception {
        temp = TempSite.withConfig(dir, "timezone: UTC\n");
        for (Map.Entry<String, String> post : POSTS.entrySet()) {
            temp.file(post.getKey(), post.getValue());
            postBytes += post.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
    }

    @Test
    @DisplayName("every kind of front matter and line ending gives the same body and line as one kept in memory")
    void sameBodies() throws Exception {
        Map<String, Post> kept = bySource(load(Long.MAX_VALUE));
        Map<String, Post> readAgain = bySource(load(0));
        assertEquals(POSTS.keySet(), readAgain.keySet());
        for (Post post : readAgain.values()) {
            Post same = kept.get(post.source().relativePath());
            assertInstanceOf(HeldBody.class, same.body());
            assertInstanceOf(FileBody.class, post.body());
            assertEquals(same.body().text(), post.body().text(), post.source().relativePath());
            assertEquals(same.body().line(), post.body().line(), post.source().relativePath());
            assertEquals(same.body().length(), post.body().length(), post.source().relativePath());
        }
        assertEquals("line 1\nline 2\n", readAgain.get("source/_posts/crlf.md").body().text());
        assertEquals("", readAgain.get("source/_posts/end.md").body().text());
    }

    @Test
    @DisplayName("bodies are kept while the posts' files take at most the budget")
    void budget() throws Exception {
        assertTrue(load(postBytes).posts().stream().allMatch(post -> post.body() instanceof HeldBody));
        assertTrue(load(postBytes - 1).posts().stream().allMatch(post -> post.body() instanceof FileBody));
    }

    @Test
    @DisplayName("a body saved after the load is read as it is now")
    void bodyEdited() throws Exception {
        Post post = bySource(load(0)).get(POST);
        temp.file(POST, POSTS.get(POST) + "A sentence more.\n");
        assertEquals("\n## 标题\n\n正文 ***粗斜体*** text.\nA sentence more.\n", post.body().text());
    }

    @Test
    @DisplayName("a front matter changed after the load, a deleted file or one no longer UTF-8 is a problem at the file")
    void fileChanged() throws Exception {
        Post post = bySource(load(0)).get(POST);
        temp.file(POST, POSTS.get(POST).replace("YAML", "Changed"));
        ContentProblem changed = problem(post);
        assertEquals(POST, changed.path());
        assertEquals(0, changed.line());
        assertTrue(changed.message().contains("front matter"), changed.message());
        assertEquals(Hints.CHANGED_WHILE_BUILDING, changed.hint());

        temp.bytes(POST, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'});
        ContentProblem notUtf8 = problem(post);
        assertEquals(2, notUtf8.line());
        assertEquals(Hints.RESAVE_UTF8, notUtf8.hint());

        Files.delete(dir.resolve(POST));
        ContentProblem gone = problem(post);
        assertTrue(gone.message().contains("can no longer be read"), gone.message());
        assertEquals(Hints.CHANGED_WHILE_BUILDING, gone.hint());
    }

    private static ContentProblem problem(Post post) {
        List<ContentProblem> problems = assertThrows(ContentException.class, () -> post.body().text()).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private Site load(long bodyBudget) throws Exception {
        return new SiteAssembler(dir, new LoadOptions(false, false, TempSite.NOW, message -> { }), null, bodyBudget)
                .load();
    }

    private static Map<String, Post> bySource(Site site) {
        Map<String, Post> posts = new TreeMap<>();
        site.posts().forEach(post -> posts.put(post.source().relativePath(), post));
        return posts;
    }
}
