package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Every problem is collected and reported together, precisely located")
class ErrorsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the broken fixture's three bad posts give three problems, sorted by path and line")
    void brokenFixture() {
        ContentException e = assertThrows(ContentException.class, () -> SiteLoader.load(
                Path.of("src/test/resources/sites/broken"), new LoadOptions(false, false, TempSite.NOW, m -> { })));
        List<ContentProblem> problems = e.problems();
        assertEquals(3, problems.size(), e.getMessage());

        assertEquals("source/_posts/bad-date.md", problems.get(0).path());
        assertEquals(3, problems.get(0).line());
        assertEquals("date", problems.get(0).key());

        assertEquals("source/_posts/bad-tag.md", problems.get(1).path());
        assertEquals(3, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("ScriptEngineManager"), problems.get(1).toString());
        assertTrue(problems.get(1).hint().startsWith("remove the !tag"), problems.get(1).toString());

        assertEquals("source/_posts/bad-yaml.md", problems.get(2).path());
        assertEquals(5, problems.get(2).line());
        assertTrue(problems.get(2).column() > 0);
        assertTrue(problems.get(2).message().startsWith("invalid YAML: "));

        assertTrue(e.getMessage().startsWith("3 content errors:\n  source/_posts/bad-date.md:3:"), e.getMessage());
        assertTrue(!e.getMessage().contains("\tat "), "no stack traces in messages");
    }

    @Test
    @DisplayName("two posts published at the same path: one problem naming both files")
    void outputCollision() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: posts/:abbrlink.html\n")
                .file("source/_posts/one.md", "---\nabbrlink: same\n---\n")
                .file("source/_posts/two.md", "---\nabbrlink: same\n---\n").problems();
        assertEquals(1, problems.size());
        ContentProblem problem = problems.get(0);
        assertEquals("source/_posts/two.md", problem.path());
        assertTrue(problem.message().contains("posts/same.html"));
        assertTrue(problem.message().contains("source/_posts/one.md"));
    }

    @Test
    @DisplayName("a page and an asset at the same path collide too")
    void pageAssetCollision() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/about.md", "About")
                .file("source/about.html", "<p>raw</p>").problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().contains("source/about.html")
                && problems.get(0).toString().contains("source/about.md"), problems.get(0).toString());
    }

    @Test
    @DisplayName("a missing _config.yml is a problem with a hint to create it")
    void missingConfig() {
        List<ContentProblem> problems = assertThrows(ContentException.class, () -> new TempSite(dir).load())
                .problems();
        assertEquals(1, problems.size());
        assertEquals("_config.yml", problems.get(0).path());
        assertTrue(problems.get(0).hint().startsWith("create _config.yml"));
    }

    @Test
    @DisplayName("a value of the wrong type in _config.yml is a problem at its line and key")
    void configTypes() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir,
                "title: t\nper_page: abc\npretty_urls:\n  trailing_index: maybe\nfuture: yes\n").problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("per_page", problems.get(0).key());
        assertEquals(2, problems.get(0).line());
        assertEquals("should be a whole number, not 'abc'", problems.get(0).message());
        assertEquals("pretty_urls.trailing_index", problems.get(1).key());
        assertEquals(4, problems.get(1).line());
        assertEquals("future", problems.get(2).key());
        assertTrue(problems.get(2).hint().contains("true or false"));
    }

    @Test
    @DisplayName("problems in the configuration and in several files are all reported at once")
    void acrossFiles() throws Exception {
        TempSite site = TempSite.withConfig(dir, "timezone: Nowhere/Land\n")
                .file("source/_posts/a.md", "---\ndate: soon\n---\n")
                .file("source/b.md", "---\ntitle: [unclosed\n---\n")
                .file("source/_data/menu.yml", "a: b: c\n");
        List<ContentProblem> problems = site.problems();
        assertEquals(List.of("_config.yml", "source/_data/menu.yml", "source/_posts/a.md", "source/b.md"),
                problems.stream().map(ContentProblem::path).toList());
        ContentException e = assertThrows(ContentException.class, site::load);
        assertTrue(e.getMessage().startsWith("4 content errors:\n  _config.yml:1:11: key 'timezone': "),
                e.getMessage());
    }

    @Test
    @DisplayName("a repeated front-matter key is a problem")
    void duplicateKey() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/a.md", "---\ntitle: a\ntitle: b\n---\n").problems();
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
    }

    @Test
    @DisplayName("a non-boolean published is a problem rather than a guess")
    void publishedType() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/a.md", "---\npublished: no\n---\n").problems();
        assertEquals("published", problems.get(0).key());
        assertEquals("should be true or false, not 'no'", problems.get(0).message());
    }
}
