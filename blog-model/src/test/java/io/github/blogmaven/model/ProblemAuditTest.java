package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem the loader raises, checked for what a user needs: the file, a line and column where the
 * problem has a place, the key where there is one, and a hint; never a Java class name or a stack trace.
 */
@DisplayName("Every problem the loader raises is located, names its key and carries a hint")
class ProblemAuditTest {
    /** Problems about a whole file, which has no better place than the file itself. */
    private static final Set<String> WHOLE_FILE = Set.of("is missing from", "is published at", "as is",
            "has no value for this post", "bytes, more than", "the output path");

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("YAML syntax", "source/_posts/a.md", "---\ntitle: [a\n---\n", null),
                Arguments.of("JSON syntax", "source/_posts/a.md", ";;;\n\"title\": \"a\",,\n;;;\n", null),
                Arguments.of("repeated key", "source/_posts/a.md", "---\ntitle: a\ntitle: b\n---\n", "title"),
                Arguments.of("local tag", "source/_posts/a.md", "---\ntitle: !x a\n---\n", "title"),
                Arguments.of("global tag", "source/_posts/a.md", "---\nx: !!java.io.File [/]\n---\n", null),
                Arguments.of("alias limit", "source/_posts/a.md", "---\na: &a [1]\nb: [" + "*a, ".repeat(60)
                        + "*a]\n---\n", null),
                Arguments.of("nesting limit", "source/_posts/a.md", "---\na: " + "[".repeat(60) + "\n---\n", null),
                Arguments.of("wrong type", "source/_posts/a.md", "---\npublished: maybe\n---\n", "published"),
                Arguments.of("title as list", "source/_posts/a.md", "---\ntitle: [a]\n---\n", "title"),
                Arguments.of("impossible date", "source/_posts/a.md", "---\ndate: 2023-02-29\n---\n", "date"),
                Arguments.of("impossible updated", "source/about.md", "---\nupdated: 2023-02-29 24:61\n---\n",
                        "updated"),
                Arguments.of("escaping permalink", "source/_posts/a.md", "---\npermalink: ../x\n---\n", "permalink"),
                Arguments.of("empty tag slug", "source/_posts/a.md", "---\ntags: ['..']\n---\n", "tags"),
                Arguments.of("invalid UTF-8", "source/_posts/a.md", "caf\u00e9", null),
                Arguments.of("UTF-16", "source/_posts/a.md", "\uFEFFx", null),
                Arguments.of("data YAML", "source/_data/a.yml", "a: b: c\n", null),
                Arguments.of("data JSON", "source/_data/a.json", "{\"a\": [}", null),
                Arguments.of("config type", "_config.yml", "timezone: UTC\nper_page: lots\n", "per_page"),
                Arguments.of("config zone", "_config.yml", "timezone: Mars/Olympus\n", "timezone"),
                Arguments.of("config shape", "_config.yml", "- a\n- b\n", null),
                Arguments.of("config url", "_config.yml", "timezone: UTC\nurl: example.com\n", "url"),
                Arguments.of("config abbrlink", "_config.yml", "timezone: UTC\nabbrlink: {alg: md5}\n", "abbrlink.alg"),
                Arguments.of("config updated_option", "_config.yml", "timezone: UTC\nupdated_option: never\n",
                        "updated_option"),
                Arguments.of("config filename_case", "_config.yml", "timezone: UTC\nfilename_case: 3\n",
                        "filename_case"),
                Arguments.of("config map", "_config.yml", "timezone: UTC\ncategory_map: [a]\n", "category_map"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    @DisplayName("a problem is located at line and column, with its key and a hint, in plain words")
    void located(String name, String path, String text, String key) throws Exception {
        TempSite site = path.equals("_config.yml") ? new TempSite(dir) : TempSite.withConfig(dir, "timezone: UTC\n");
        byte[] bytes = switch (name) {
            case "invalid UTF-8" -> new byte[] {'c', 'a', 'f', (byte) 0xE9};
            case "UTF-16" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0};
            default -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        List<ContentProblem> problems = site.bytes(path, bytes).problems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals(path, problem.path());
        assertTrue(problem.line() > 0, "no line: " + problem);
        assertTrue(problem.column() > 0, "no column: " + problem);
        assertEquals(key, problem.key());
        assertPlain(problem);
    }

    @Test
    @DisplayName("problems about a whole file (size, collisions, missing token, links) still carry a hint")
    void wholeFileProblems() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\npermalink: :lang/:title/\n")
                .file("source/_posts/a.md", "---\ntitle: a\n---\n").problems();
        assertEquals(1, problems.size());
        assertEquals("permalink", problems.get(0).key());
        assertPlain(problems.get(0));
        assertTrue(WHOLE_FILE.stream().anyMatch(problems.get(0).message()::contains), problems.get(0).toString());
    }

    static void assertPlain(ContentProblem problem) {
        assertNotNull(problem.hint(), "no hint: " + problem);
        assertFalse(problem.hint().isBlank(), "blank hint: " + problem);
        String text = problem.toString();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("org.yaml"), text);
        assertFalse(text.contains("\n"), "one line per problem: " + text);
    }
}
