package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Front-matter keys mean what they mean in Hexo")
class FrontMatterKeysTest {
    @TempDir
    Path dir;

    private Post post(String frontMatter) throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/p.md", "---\n" + frontMatter + "---\nBody\n").load();
        assertEquals(1, site.posts().size());
        return site.posts().get(0);
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }

    private static List<List<String>> chains(Post post) {
        return post.categories().stream().map(FrontMatterKeysTest::names).toList();
    }

    @Test
    @DisplayName("tags: a list, a single string, or the singular tag key")
    void tags() throws Exception {
        assertEquals(List.of("a", "b"), names(post("tags: [a, b]\n").tags()));
        assertEquals(List.of("solo"), names(post("tags: solo\n").tags()));
        assertEquals(List.of("x", "y"), names(post("tag:\n  - x\n  - y\n").tags()));
        assertEquals(List.of("a"), names(post("tags: [a, a, '']\n").tags()));
        assertEquals(List.of(), post("tags:\n").tags());
    }

    @Test
    @DisplayName("categories: a flat list is one chain, B a child of A")
    void flatListIsOneChain() throws Exception {
        Post post = post("categories: [A, B]\n");
        assertEquals(List.of(List.of("A", "B")), chains(post));
        assertEquals(List.of(new Term("A", "A"), new Term("B", "A/B")), post.categories().get(0));
    }

    @Test
    @DisplayName("categories: if any item is a list, each item is its own chain")
    void listOfChains() throws Exception {
        Post post = post("categories:\n  - [Tech, Java]\n  - Life\n  - [Tech, Go]\n");
        assertEquals(List.of(List.of("Tech", "Java"), List.of("Life"), List.of("Tech", "Go")), chains(post));
        assertEquals(new Term("Go", "Tech/Go"), post.lastCategory());
    }

    @Test
    @DisplayName("categories: a single string, or the singular category key")
    void singleCategory() throws Exception {
        assertEquals(List.of(List.of("Notes")), chains(post("categories: Notes\n")));
        assertEquals(List.of(List.of("A", "B")), chains(post("category: [A, B]\n")));
    }

    @Test
    @DisplayName("YAML 1.1 surprises: title: no, title: 2024 and tags: on stay the text written")
    void yamlSurprises() throws Exception {
        assertEquals("no", post("title: no\n").title());
        assertEquals("2024", post("title: 2024\n").title());
        assertEquals("1.50", post("title: 1.50\n").title());
        assertEquals("true", post("title: true\n").title());
        assertEquals(List.of("on", "off", "yes", "2024"), names(post("tags: [on, off, yes, 2024]\n").tags()));
        assertEquals(List.of(List.of("no")), chains(post("categories: no\n")));
        assertEquals("no", post("title: no\n").frontMatter().get("title"));
    }

    @Test
    @DisplayName("other keys follow YAML 1.2 as js-yaml does: yes is text, true is a boolean, 0123 is text")
    void otherKeys() throws Exception {
        Map<String, Object> values = post("a: yes\nb: true\nc: 0123\nd: 12\ne: 1.5\nf: ~\ng: 2017-10-14\n")
                .frontMatter().values();
        assertEquals("yes", values.get("a"));
        assertEquals(Boolean.TRUE, values.get("b"));
        assertEquals("0123", values.get("c"));
        assertEquals(12, values.get("d"));
        assertEquals(1.5, values.get("e"));
        assertTrue(values.containsKey("f"));
        assertNull(values.get("f"));
        assertEquals(LocalDate.of(2017, 10, 14), values.get("g"));
    }

    @Test
    @DisplayName("abbrlink: 0123 and abbrlink: 123 are kept as written")
    void abbrlinkAsWritten() throws Exception {
        assertEquals("0123", post("abbrlink: 0123\n").abbrlink());
        assertEquals("123", post("abbrlink: 123\n").abbrlink());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("unknown keys are kept in order with their lines, nested values unmodifiable")
    void unknownKeys() throws Exception {
        FrontMatter fm = post("zeta: 1\nalpha:\n  nested: [x, y]\nauthor: 胖芮\n").frontMatter();
        assertEquals(List.of("zeta", "alpha", "author"), List.copyOf(fm.values().keySet()));
        assertEquals(Map.of("zeta", 2, "alpha", 3, "author", 5), fm.lines());
        assertEquals(Map.of("nested", List.of("x", "y")), fm.get("alpha"));
        assertThrowsUnsupported(() -> ((Map<String, Object>) fm.get("alpha")).put("k", "v"));
    }

    private static void assertThrowsUnsupported(Runnable change) {
        try {
            change.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("expected an unmodifiable value");
    }

    @Test
    @DisplayName("excerpt, lang, comments and layout are read")
    void meaningfulKeys() throws Exception {
        Post post = post("excerpt: A short summary.\nlang: no\ncomments: false\nlayout: gallery\n");
        assertEquals("A short summary.", post.excerpt());
        assertEquals("no", post.lang());
        assertFalse(post.comments());
        assertEquals("gallery", post.layout());
        assertTrue(post.themed());
    }

    @Test
    @DisplayName("layout: false renders the Markdown without a theme")
    void layoutFalse() throws Exception {
        Post post = post("layout: false\n");
        assertEquals("false", post.layout());
        assertFalse(post.themed());
        assertEquals(Boolean.FALSE, post.frontMatter().get("layout"));
    }

    @Test
    @DisplayName("a post without title has the empty title")
    void noTitle() throws Exception {
        assertEquals("", post("date: 2020-01-01\n").title());
    }

    @Test
    @DisplayName("JSON front matter works like YAML")
    void json() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/j.md", ";;;\n\"title\": \"JSON\",\n\"tags\": [\"a\"],\n\"date\": \"2013/7/13 20:46:25\"\n;;;\nBody")
                .load();
        Post post = site.posts().get(0);
        assertEquals("JSON", post.title());
        assertEquals(List.of("a"), names(post.tags()));
        assertEquals(java.time.Instant.parse("2013-07-13T20:46:25Z"), post.date().toInstant());
        assertEquals("Body", post.body().text());
        assertEquals(6, post.body().line());
    }
}
