package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("YAML's typing surprises never turn a title into a boolean or a number, and impossible dates are errors")
class YamlTypesTest {
    @TempDir
    Path dir;

    private Post post(String frontMatter) throws Exception {
        return TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/p.md", "---\n" + frontMatter + "\n---\nBody").load().posts().get(0);
    }

    @ParameterizedTest(name = "title: {0} is the text \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"no | no", "yes | yes", "off | off", "2024 | 2024", "1e3 | 1e3",
        "0x1F | 0x1F", "0o17 | 0o17", "1_000 | 1_000", "12:30 | 12:30", ".inf | .inf", "true | true",
        "2024-01-01 | 2024-01-01", "'007' | 007"})
    @DisplayName("a title that YAML would read as a boolean, number or date is the text written")
    void titleIsText(String yaml, String text) throws Exception {
        Post post = post("title: " + yaml);
        assertEquals(text, post.title());
        assertEquals(text, post.frontMatter().get("title"));
    }

    @ParameterizedTest(name = "title: {0} is the empty title")
    @CsvSource({"null", "~", "Null", "NULL", "''"})
    @DisplayName("a null title is the empty title, never the text 'null'")
    void nullTitle(String yaml) throws Exception {
        assertEquals("", post("title: " + yaml).title());
    }

    @Test
    @DisplayName("tags: on, abbrlink: 0x1F and categories: [2024, no] stay the text written")
    void otherTextKeys() throws Exception {
        Post post = post("tags: on\nabbrlink: 0x1F\ncategories: [2024, no]");
        assertEquals(List.of("on"), post.tags().stream().map(Term::name).toList());
        assertEquals("0x1F", post.abbrlink());
        assertEquals("0x1F", post.frontMatter().get("abbrlink"));
        assertEquals(List.of("2024", "no"), post.categories().get(0).stream().map(Term::name).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "date | 2024-02-30",
        "date | 2023-02-29",
        "date | 2024-13-01",
        "date | 2024-01-01 25:00",
        "date | 2024-01-01 23:60:00",
        "date | 2024-01-01 10:00:00 +25:00",
        "updated | 2021-04-31 10:00",
        "date | '2024-02-30'",
        "date | tomorrow"
    })
    @DisplayName("a date or time that does not exist is a problem at its key, with the accepted formats")
    void impossibleDates(String key, String value) throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/p.md", "---\ntitle: t\n" + key + ": " + value + "\n---\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals(key, problem.key());
        assertEquals(3, problem.line());
        assertEquals(key.length() + 3, problem.column());
        assertTrue(problem.hint().startsWith("write the date as one of"), problem.toString());
    }

    @Test
    @DisplayName("a leap day that exists is accepted")
    void leapDay() throws Exception {
        assertEquals(29, post("date: 2024-02-29 12:00").date().getDayOfMonth());
    }

    @ParameterizedTest(name = "title: {0}")
    @CsvSource(delimiter = '|', value = {"[a, b] | a list", "{a: b} | a map"})
    @DisplayName("a title that is a list or a map is a problem, not a string of Java's toString")
    void structuredTitle(String yaml, String kind) throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/p.md", "---\ntitle: " + yaml + "\n---\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("should be text, not " + kind, problems.get(0).message());
        assertEquals("title", problems.get(0).key());
    }
}
