package io.github.blogmaven.renderer;

import static io.github.blogmaven.renderer.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Site themes over the built-in one, template errors, and front matter that looks like template code. */
class ThemeTest {
    @TempDir
    Path output;

    @Test
    @DisplayName("themes/mytheme/layout/post.ftlh replaces only the post layout; its source/ adds files")
    void siteThemeOverridesOneTemplate() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("override"), output));

        String post = read(output, "2020/02/02/only/index.html");
        assertTrue(post.contains("<h1>CUSTOM: Only post</h1>"), post);
        assertTrue(post.contains("<link rel=\"stylesheet\" href=\"/css/style.css\">"), "base.ftlh still built in");
        String index = read(output, "index.html");
        assertTrue(index.contains("class=\"post-summary\""), "index.ftlh is the built-in one");
        assertFalse(index.contains("CUSTOM"));
        assertTrue(Files.isRegularFile(output.resolve("css/extra.css")), "theme source added");
        assertTrue(Files.isRegularFile(output.resolve("css/style.css")), "built-in stylesheet kept");
    }

    @Test
    @DisplayName("a theme listing whole posts prints each one's HTML as on its own page; no scratch file is left")
    void listsWholePosts() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("whole-posts"), output));

        Map<String, String> listed = new HashMap<>();
        for (String page : List.of("index.html", "page/2/index.html")) {
            Matcher section = Pattern.compile("<section data-url=\"/([^\"]*)\">(.*?)</section>", Pattern.DOTALL)
                    .matcher(read(output, page));
            while (section.find()) {
                listed.put(section.group(1) + "index.html", section.group(2));
            }
        }
        assertEquals(Set.of("2021/01/01/first/index.html", "2021/02/01/second/index.html",
                "2021/03/01/third/index.html"), listed.keySet());
        for (Map.Entry<String, String> post : listed.entrySet()) {
            Matcher main = Pattern.compile("<main>(.*)</main>", Pattern.DOTALL).matcher(read(output, post.getKey()));
            assertTrue(main.find(), post.getKey());
            assertEquals(main.group(1), post.getValue(), post.getKey());
        }
        assertTrue(listed.get("2021/01/01/first/index.html").contains("<strong><em>粗斜体</em></strong>"),
                listed.get("2021/01/01/first/index.html"));
        assertTrue(listed.get("2021/02/01/second/index.html").contains("🎉"));
        assertFalse(Files.exists(output.resolve(".blog-maven-scratch")));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertEquals(List.of(), siblings.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("." + output.getFileName() + ".staging-")).toList());
        }
    }

    @Test
    @DisplayName("theme is Hexo's merge: theme_config over _config.<theme>.yml over themes/<theme>/_config.yml")
    void themeConfigurationIsMergedAsHexoDoes() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("override"), output));

        String post = read(output, "2020/02/02/only/index.html");
        assertTrue(post.contains("<p class=\"theme-config\">"
                + "from theme_config in _config.yml | theme footer | blue | black</p>"), post);
    }

    @Test
    @DisplayName("a template error names the template file, line, column and the pages, and writes nothing")
    void templateErrorIsReported() {
        GenerateException e = assertThrows(GenerateException.class,
                () -> new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("broken-template"), output)));

        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals("themes/broken/layout/post.ftlh", problem.path());
        assertEquals(4, problem.line());
        assertEquals(6, problem.column());
        assertTrue(problem.message().contains("noSuchProperty"), problem.message());
        assertTrue(problem.message().contains("2020/01/01/a/index.html and 1 more page"), problem.message());
        assertTrue(e.getMessage().contains("themes/broken/layout/post.ftlh:4:6: "), e.getMessage());
        assertFalse(problem.message().contains("[in template"), "the location is said once");
        assertTrue(problem.hint() != null && problem.hint().contains("??"), problem.hint());
        assertFalse(Files.exists(output.resolve("index.html")), "nothing written when a template fails");
    }

    @Test
    @DisplayName("${7*7} and markup in front matter are printed as written, escaped, never evaluated")
    void frontMatterIsDataNotTemplate() throws Exception {
        new SiteGenerator().generate(GenerateRequest.of(Fixtures.site("escaping"), output));

        String post = read(output, "2020/03/03/literal/index.html");
        assertTrue(post.contains("${7*7} &lt;b&gt;bold&lt;/b&gt; &amp; &lt;#if true&gt;yes&lt;/#if&gt;"), post);
        assertFalse(post.contains("49"), "not evaluated");
        assertFalse(post.contains("<b>bold</b>"), "not markup");
        assertTrue(post.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "author escaped");
        String outsideJsonLd = post.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        assertFalse(outsideJsonLd.contains("<script"), "author not markup");
        String atom = read(output, "atom.xml");
        assertTrue(atom.contains("<title>${7*7} &lt;b&gt;bold&lt;/b&gt; &amp; &lt;#if true&gt;yes&lt;/#if&gt;</title>"),
                atom);
    }

    @ParameterizedTest(name = "site author {0}, post author {1}: {2}")
    @CsvSource({"Ann, Eve, Eve", "Ann, '', Ann", "'', Eve, Eve", "'', '', ''"})
    @DisplayName("the JSON-LD's author is the post's, else the site's, else left out")
    void jsonLdAuthor(String siteAuthor, String postAuthor, String expected, @TempDir Path dir) throws Exception {
        TestBlog blog = TestBlog.in(dir).config("author: '" + siteAuthor + "'")
                .file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01 00:00:00\n"
                        + (postAuthor.isEmpty() ? "" : "author: " + postAuthor + "\n") + "---\nBody.\n");
        blog.build();
        Matcher json = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>")
                .matcher(blog.read("2020/01/01/a/index.html"));
        assertTrue(json.find());
        String author = "\"author\": {\"@type\": \"Person\", \"name\": \"" + expected + "\"}";
        if (expected.isEmpty()) {
            assertFalse(json.group(1).contains("\"author\""), json.group(1));
        } else {
            assertTrue(json.group(1).contains(author), json.group(1));
        }
    }

    @ParameterizedTest(name = "language {0}: {1}")
    @CsvSource({"zh-CN, 阅读全文", "zh, 阅读全文", "zh-TW, 閱讀全文", "zh-HK, 閱讀全文", "zh-Hant, 閱讀全文", "en, Read more",
            "de, Read more", "'', Read more"})
    @DisplayName("the built-in theme's labels follow the site's language: simplified Chinese, traditional, English")
    void labelsFollowTheLanguage(String language, String readMore, @TempDir Path dir) throws Exception {
        TestBlog blog = TestBlog.in(dir).config(language.isEmpty() ? "" : "language: " + language)
                .post("a.md", "A", "First part.\n\n<!-- more -->\n\nThe rest.\n");
        blog.build();
        String index = blog.read("index.html");
        assertTrue(index.contains(readMore + " →</a>"), index);
    }
}
