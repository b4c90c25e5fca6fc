package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Nothing a source says can lead outside the output folder, or make the loader read outside the project")
class OutputFolderTest {
    @TempDir
    Path dir;

    private static void assertInside(Site site) {
        site.posts().forEach(post -> assertSafe(post.path()));
        site.pages().forEach(page -> assertSafe(page.path()));
        site.assets().forEach(asset -> assertSafe(asset.path()));
        site.tags().forEach(tag -> assertSafe("tags/" + tag.term().slug() + "/index.html"));
        site.categories().forEach(category -> assertSafe("categories/" + category.term().slug() + "/index.html"));
    }

    private static void assertSafe(String path) {
        Path root = Path.of("/out");
        Path resolved = root.resolve(path).normalize();
        assertTrue(resolved.startsWith(root) && !resolved.equals(root), path);
        assertFalse(path.contains("..") || path.contains("\\") || path.contains("%") || path.contains("//"), path);
    }

    @Nested
    @DisplayName("a front-matter permalink")
    class FrontMatterPermalink {
        @ParameterizedTest(name = "permalink: {0}  ({1})")
        @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | plain ..",
            "posts/../../../x.html | .. in the middle",
            "%2e%2e/%2e%2e/x.html | percent-encoded ..",
            "%2E%2E%2F%2E%2E%2Fx.html | percent-encoded .. and /",
            "..%2F..%2Fx.html | .. with encoded slashes",
            "%252e%252e/x.html | double percent-encoded ..",
            "'..\\\\..\\\\x.html' | backslashes",
            "x%5C..%5C..%5Cy.html | percent-encoded backslashes",
            "a%00b.html | percent-encoded NUL",
            "%2Fetc%2Fpasswd | absolute once decoded",
            "C:/Windows/win.ini | drive letter",
            "c:%5Cx.html | drive letter and encoded backslash",
            "posts/./x.html | a . segment",
            "posts//x.html | an empty segment"
        })
        @DisplayName("that would leave the output folder is a problem at its line and key")
        void refused(String permalink, String why) throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("source/_posts/evil.md", "---\ntitle: Evil\npermalink: '" + permalink + "'\n---\nBody\n")
                    .problems();
            assertEquals(1, problems.size(), problems.toString());
            ContentProblem problem = problems.get(0);
            assertEquals("source/_posts/evil.md", problem.path());
            assertEquals(3, problem.line(), problem.toString());
            assertEquals(12, problem.column(), problem.toString());
            assertEquals("permalink", problem.key());
            assertTrue(problem.message().contains("would not stay inside the output folder"), problem.toString());
            assertTrue(problem.hint().startsWith("write a path inside the site"), problem.toString());
        }

        @Test
        @DisplayName("a page's permalink is checked the same way")
        void page() throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("source/about/index.md", "---\ntitle: About\npermalink: /%2e%2e/%2e%2e/about/\n---\n")
                    .problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("source/about/index.md:3:12", problems.get(0).path() + ":" + problems.get(0).line() + ":"
                    + problems.get(0).column());
            assertEquals("permalink", problems.get(0).key());
        }

        @Test
        @DisplayName("an ordinary permalink with a leading slash, Chinese and an encoded space is fine")
        void ordinary() throws Exception {
            Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("source/_posts/ok.md", "---\ntitle: OK\npermalink: /博客/a%20b/\n---\n").load();
            assertEquals("博客/a%20b/index.html", site.posts().get(0).path());
        }
    }

    @Nested
    @DisplayName("a permalink token's value")
    class Tokens {
        @Test
        @DisplayName("abbrlink: ../../x with permalink posts/:abbrlink.html is a problem at the abbrlink key")
        void abbrlink() throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: posts/:abbrlink.html\n")
                    .file("source/_posts/a.md", "---\ntitle: a\nabbrlink: ../../../x\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("abbrlink", problems.get(0).key());
            assertEquals(3, problems.get(0).line());
            assertTrue(problems.get(0).message().contains("'..' segment"), problems.get(0).toString());
        }

        @Test
        @DisplayName("a custom token such as :lang with lang: '%2e%2e' is a problem at that key")
        void customToken() throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: :lang/:title/\n")
                    .file("source/_posts/a.md", "---\ntitle: a\nlang: '%2e%2e'\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("lang", problems.get(0).key());
            assertEquals(3, problems.get(0).line());
        }

        @Test
        @DisplayName("a post file named %2e%2e.md is a problem naming the file, since :title comes from its name")
        void fileName() throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: :title/\n")
                    .file("source/_posts/%2e%2e.md", "---\ntitle: a\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("source/_posts/%2e%2e.md", problems.get(0).path());
            assertTrue(problems.get(0).message().startsWith("the file name gives '%2e%2e'"), problems.get(0).toString());
            assertTrue(problems.get(0).hint().startsWith("rename the file"));
        }

        @Test
        @DisplayName("a file name with backslashes (legal on Linux) cannot climb out on Windows either")
        void backslashFileName() throws Exception {
            assumeTrue(File.separatorChar == '/', "only a POSIX file system allows a backslash in a file name");
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: :title.html\n")
                    .file("source/_posts/a\\..\\..\\evil.md", "---\ntitle: a\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().contains("backslash"), problems.get(0).toString());
        }

        @Test
        @DisplayName("a page or asset under a folder named %2e%2e is refused as an output path")
        void assetFolder() throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("source/%2e%2e/x.css", "body {}").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("source/%2e%2e/x.css", problems.get(0).path());
        }
    }

    @Nested
    @DisplayName("_config.yml")
    class Config {
        private ContentProblem only(String config) throws IOException {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n" + config)
                    .file("source/_posts/a.md", "---\ntitle: a\ndate: 2024-01-01\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("_config.yml", problems.get(0).path());
            assertEquals(2, problems.get(0).line(), problems.get(0).toString());
            assertTrue(problems.get(0).column() > 0, problems.get(0).toString());
            assertTrue(problems.get(0).hint() != null, problems.get(0).toString());
            return problems.get(0);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"permalink: ../:title/", "permalink: '%2e%2e/:year/:title/'",
            "permalink: :year\\..\\:title.html", "permalink: C:/:title/"})
        @DisplayName("a permalink pattern that leaves the output folder is a problem at its key")
        void permalink(String line) throws IOException {
            assertEquals("permalink", only(line).key());
        }

        @ParameterizedTest(name = "{0}: ../../outside")
        @ValueSource(strings = {"tag_dir", "category_dir", "archive_dir", "pagination_dir", "source_dir"})
        @DisplayName("a folder setting that leaves the output (or project) folder is a problem at its key")
        void folders(String key) throws IOException {
            assertEquals(key, only(key + ": ../../outside").key());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"feed: {path: ../../atom.xml}", "sitemap: {path: '%2e%2e/sitemap.xml'}",
            "index_generator: {pagination_dir: ../p}", "feed: {type: [atom, rss2], path: [atom.xml, ../rss.xml]}"})
        @DisplayName("plugin settings that become output paths are checked too")
        void pluginPaths(String line) throws IOException {
            assertTrue(only(line).key().contains("."), "a nested key such as feed.path");
        }

        @Test
        @DisplayName("root: /../../ is a problem at root")
        void root() throws IOException {
            assertEquals("root", only("root: /../../").key());
        }

        @ParameterizedTest(name = "theme: {0}")
        @ValueSource(strings = {"../../etc", "a/b", "'..\\\\x'", "'%2e%2e'"})
        @DisplayName("a theme that is not a plain folder name in themes/ is a problem at theme")
        void theme(String theme) throws IOException {
            assertEquals("theme", only("theme: " + theme).key());
        }

        @Test
        @DisplayName("a permalink_defaults value that leaves the output folder is a problem at that value")
        void permalinkDefaults() throws IOException {
            assertEquals("permalink_defaults.lang", only("permalink_defaults: {lang: ../..}").key());
        }

        @Test
        @DisplayName("a default_category that slugize empties is a problem at default_category")
        void defaultCategory() throws IOException {
            assertEquals("default_category", only("default_category: '..'").key());
        }
    }

    @Nested
    @DisplayName("tags and categories")
    class Terms {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"tags: ['..'] | tags", "tags: '++' | tags", "categories: [a, '..'] | categories",
            "categories: [[a], ['/']] | categories", "tag: '...' | tag"})
        @DisplayName("a name slugize turns into nothing would be the index itself: a problem at the name")
        void emptySlug(String line, String key) throws Exception {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("source/_posts/a.md", "---\ntitle: a\n" + line + "\n---\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(key, problems.get(0).key());
            assertEquals(3, problems.get(0).line());
            assertTrue(problems.get(0).column() > key.length(), problems.get(0).toString());
            assertTrue(problems.get(0).hint().contains("_map"), problems.get(0).toString());
        }

        @Test
        @DisplayName("names such as a/../../b, ..\\x or %2e%2e become plain slugs inside the site")
        void climbingNames() throws Exception {
            Site site = TempSite.withConfig(dir, "timezone: UTC\npermalink: :category/:title/\n"
                    + "category_map: {evil: ../../../etc}\ntag_map: {bad: '..%2F..%2Fx'}\n")
                    .file("source/_posts/a.md", "---\ntitle: a\ncategories: [a/../../b, '..\\x', evil]\n"
                            + "tags: ['%2e%2e', bad, '../x']\n---\n").load();
            assertInside(site);
            assertEquals("a-b/x/etc/a/index.html", site.posts().get(0).path());
            assertEquals(List.of("2e-2e", "2F-2Fx", "x"), site.posts().get(0).tags().stream().map(Term::slug)
                    .toList());
        }
    }

    @Nested
    @DisplayName("symbolic links")
    class Links {
        @TempDir
        Path outside;

        private Path outsideFile(String name, String text) throws IOException {
            Path file = outside.resolve(name);
            Files.writeString(file, text);
            return file;
        }

        @Test
        @DisplayName("a link under source/ to a file outside the project is a problem naming the link; it is not read")
        void fileOutside() throws Exception {
            Path secret = outsideFile("secret.md", "---\ntitle: secret\n---\nSECRET");
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\n").file("source/_posts/ok.md", "ok");
            Files.createSymbolicLink(dir.resolve("source/_posts/leak.md"), secret);
            Files.createSymbolicLink(dir.resolve("source/passwd.txt"), secret);
            List<ContentProblem> problems = site.problems();
            assertEquals(List.of("source/_posts/leak.md", "source/passwd.txt"),
                    problems.stream().map(ContentProblem::path).toList());
            assertTrue(problems.get(0).message().startsWith("is a symbolic link to "), problems.get(0).toString());
            assertTrue(problems.get(0).message().contains("outside the project"), problems.get(0).toString());
        }

        @Test
        @DisplayName("a linked folder leading outside is one problem, and nothing below it is read")
        void folderOutside() throws Exception {
            outsideFile("a.md", "x");
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\n").file("source/_posts/ok.md", "ok");
            Files.createSymbolicLink(dir.resolve("source/_posts/linked"), outside);
            List<ContentProblem> problems = site.problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("source/_posts/linked", problems.get(0).path());
        }

        @Test
        @DisplayName("source/ itself linked outside the project is refused")
        void sourceOutside() throws Exception {
            outsideFile("about.md", "x");
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\n");
            Files.createSymbolicLink(dir.resolve("source"), outside);
            List<ContentProblem> problems = site.problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("source", problems.get(0).path());
        }

        @Test
        @DisplayName("links that stay inside the project are followed as before")
        void inside() throws Exception {
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\n")
                    .file("shared/images/a.png", "png").file("shared/post.md", "---\ntitle: shared\n---\n");
            Files.createDirectories(dir.resolve("source/_posts"));
            Files.createSymbolicLink(dir.resolve("source/images"), Path.of("../shared/images"));
            Files.createSymbolicLink(dir.resolve("source/_posts/shared.md"), dir.resolve("shared/post.md"));
            Site loaded = site.load();
            assertEquals("shared", loaded.posts().get(0).title());
            assertEquals(List.of("images/a.png"), loaded.assets().stream().map(Asset::path).toList());
        }

        @Test
        @DisplayName("a link among the theme's static files leading outside the project is a problem, even in lenient "
                + "mode")
        void themeOutside() throws Exception {
            Path secret = outsideFile("passwd", "root:x:0:0");
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\ntheme: mine\n")
                    .file("themes/mine/layout/post.ftlh", "${page.title}")
                    .file("themes/mine/source/css/a.css", "a {}");
            Files.createSymbolicLink(dir.resolve("themes/mine/source/css/passwd.css"), secret);
            assertEquals(List.of("themes/mine/source/css/passwd.css"),
                    site.problems().stream().map(ContentProblem::path).toList());
            ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                    site::loadLenient);
            assertEquals(1, e.problems().size());
        }

        @Test
        @DisplayName("a theme folder that is itself a link leading outside the project is refused")
        void themeFolderOutside() throws Exception {
            outsideFile("layout.ftlh", "${page.title}");
            TempSite site = TempSite.withConfig(dir, "timezone: UTC\ntheme: shared\n");
            Files.createDirectories(dir.resolve("themes"));
            Files.createSymbolicLink(dir.resolve("themes/shared"), outside);
            assertEquals(List.of("themes/shared"), site.problems().stream().map(ContentProblem::path).toList());
        }
    }
}
