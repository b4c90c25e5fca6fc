package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Tags and categories index the published posts")
class TaxonomyTest {
    @TempDir
    Path dir;

    private Site site;

    @BeforeEach
    void load() throws Exception {
        site = TempSite.withConfig(dir, "timezone: UTC\ntag_map:\n  C++: cpp\ncategory_map:\n  编程: code\n")
                .file("source/_posts/old.md", "---\ndate: 2019-01-01\ntags: [java, C++]\n"
                        + "categories: [编程, Java]\n---\n")
                .file("source/_posts/mid.md", "---\ndate: 2020-01-01\ntags: [Java EE, java]\n"
                        + "categories: [[编程, Go], [Life]]\n---\n")
                .file("source/_posts/new.md", "---\ndate: 2021-01-01\ntags: java\ncategories: 编程\n---\n")
                .load();
    }

    private static List<String> slugs(List<Post> posts) {
        return posts.stream().map(Post::slug).toList();
    }

    @Test
    @DisplayName("tags are sorted by name, each with its posts newest first")
    void tags() {
        assertEquals(List.of("C++", "Java EE", "java"), site.tags().stream().map(t -> t.term().name()).toList());
        assertEquals(List.of("new", "mid", "old"), slugs(site.tags().get(2).posts()));
    }

    @Test
    @DisplayName("tag slugs are slugize(tag_map[name] ?? name)")
    void tagSlugs() {
        assertEquals(List.of("cpp", "Java-EE", "java"), site.tags().stream().map(t -> t.term().slug()).toList());
    }

    @Test
    @DisplayName("categories come parents first, depth first, siblings by name, slugs as paths")
    void tree() {
        assertEquals(List.of("Life", "编程", "Go", "Java"),
                site.categories().stream().map(c -> c.term().name()).toList());
        assertEquals(List.of("Life", "code", "code/Go", "code/Java"),
                site.categories().stream().map(c -> c.term().slug()).toList());
        Category code = site.categories().get(1);
        assertNull(code.parent());
        assertEquals(List.of(new Term("Go", "code/Go"), new Term("Java", "code/Java")), code.children());
        assertEquals(new Term("编程", "code"), site.categories().get(3).parent());
    }

    @Test
    @DisplayName("a category lists its own and its descendants' posts, newest first, once each")
    void categoryPosts() {
        assertEquals(List.of("new", "mid", "old"), slugs(site.categories().get(1).posts()));
        assertEquals(List.of("old"), slugs(site.categories().get(3).posts()));
        assertEquals(List.of("mid"), slugs(site.categories().get(0).posts()));
    }

    @Test
    @DisplayName("filename_case: 1 lower-cases slugs")
    void filenameCase() throws Exception {
        Site lower = TempSite.withConfig(dir.resolve("lower"), "timezone: UTC\nfilename_case: 1\n")
                .file("source/_posts/a.md", "---\ndate: 2020-01-01\ntags: Java EE\ncategories: [Tech, Java]\n---\n")
                .load();
        assertEquals("java-ee", lower.tags().get(0).term().slug());
        assertEquals("tech/java", lower.categories().get(1).term().slug());
    }
}
