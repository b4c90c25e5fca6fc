package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

@DisplayName("Front matter in its simple form, read without SnakeYAML's parser")
class SimpleYamlComposerTest {
    private final YamlParser yaml = new YamlParser(text -> text);
    private final SimpleYamlComposer simple = new SimpleYamlComposer(new CoreSchemaResolver());

    private static final String[] KEYS = {"title", "date", "tags", "categories", "abbrlink", "author", "作者",
        "top_img", "a:b", "key with spaces", "true", "null", "1", "<<", "-x", "?x", "k#x", "x ", "[k]", "\"q\"",
        "'q'", "~", "e", "it's"};
    private static final String[] VALUES = {"hello world", "中文 标题", "2021-08-27 16:09:42", "2021-08-27",
        "2021-08-27T16:09:42+08:00", "true", "False", "yes", "null", "~", "0123", "0x1F", "1.5e3", ".inf", "-1",
        "+1", "1_000", "'10000001'", "\"quoted\"", "''", "\"\"", "'it''s'", "\"a\\\"b\"", "\"a\\nb\"",
        "http://x.com/a?b=c#d", "a: b", "a #b", "C# tips", "[a, b]", "[]", "[ ]", "[a, 'b', \"c\"]", "[a,b]",
        "[a, [b]]", "[a, ]", "[a,, b]", "['a, b', c]", "[a: b]", "[a]x", "{a: 1}", "|", ">", "&anchor x", "*alias",
        "!tag x", "!!str 1", "@x", "`x`", "%x", "a  b", "trailing   ", "x:", "a:b", "<<", "- x", "-x", "?x",
        ": x", ",x", "x,y", "x]", "x}", "#x", "a'b", "a\"b", "7631b95", "10:20", "1:20:30", "😀", "a\tb", "a\u0085b",
        "a\u2028b", "a\u007fb", "\u00a0x", "x\ufeff", "é", "\"中文\"", "'中文'", "'a\"b'", "\"a'b\""};

    @Test
    @DisplayName("gives SnakeYAML's nodes for every text it reads, and leaves it every other")
    void sameAsSnakeYaml() {
        Random random = new Random(11);
        int read = 0;
        int runs = 40_000;
        for (int n = 0; n < runs; n++) {
            String text = randomFrontMatter(random);
            MappingNode fast = simple.compose(text);
            if (fast == null) {
                continue;
            }
            read++;
            Node expected;
            try {
                expected = yaml.composeBySnakeYaml(text);
            } catch (YAMLException e) {
                fail("SnakeYAML refuses what was read:\n" + text + "\n" + e.getMessage());
                return;
            }
            assertSame(expected, fast, text, "");
        }
        assertTrue(read > runs / 10, "too few texts in the simple form to compare: " + read);
    }

    @Test
    @DisplayName("reads the front matter of real Hexo posts, the sample article's included")
    void readsRealFrontMatter() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/sites/sample/source/_posts/alibaba-open-source.md"));
        String[] texts = {
            seed.substring(4, seed.indexOf("\n---", 4) + 1),
            "title: 确心生那任放就历特 Java 1\ndate: 2021-08-27 16:09:42\ntags:\n  - index-15\ncategories: 架构\n"
                    + "abbrlink: '10000001'\n",
            "title: Hello\ntags: [Java, Maven]\ncategories:\n- 前端\n- Vue\n\ndate: 2020-01-01\n",
        };
        for (String text : texts) {
            MappingNode fast = simple.compose(text);
            assertNotNull(fast, text);
            assertSame(yaml.composeBySnakeYaml(text), fast, text, "");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: a\ntitle: b\n", "# comment\ntitle: a\n", "title: a # note\n",
        "title: a\n  continued\n", "author:\n  name: x\n", "  title: indented\n", "tags:\n  - a\n - b\n",
        "title: a\r\n", "title: \"a\\tb\"\n", "base: &b x\nother: *b\n", "<<: {a: 1}\n", "---\ntitle: a\n",
        "title: 😀\n", "", "\n\n"})
    @DisplayName("leaves to SnakeYAML what it does not read exactly as SnakeYAML does")
    void leavesTheRest(String text) {
        assertNull(simple.compose(text));
    }

    private static void assertSame(Node expected, Node actual, String text, String path) {
        String where = text + "\nat " + path;
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(expected.getTag(), actual.getTag(), where);
        assertEquals(expected.getNodeId(), actual.getNodeId(), where);
        assertMark(expected.getStartMark(), actual.getStartMark(), where + " (start)");
        if (expected instanceof ScalarNode scalar) {
            ScalarNode other = (ScalarNode) actual;
            assertEquals(scalar.getValue(), other.getValue(), where);
            assertEquals(scalar.getScalarStyle(), other.getScalarStyle(), where);
            assertMark(expected.getEndMark(), actual.getEndMark(), where + " (end)");
        } else if (expected instanceof SequenceNode sequence) {
            SequenceNode other = (SequenceNode) actual;
            assertEquals(sequence.getFlowStyle(), other.getFlowStyle(), where);
            List<Node> items = sequence.getValue();
            assertEquals(items.size(), other.getValue().size(), where);
            for (int i = 0; i < items.size(); i++) {
                assertSame(items.get(i), other.getValue().get(i), text, path + "[" + i + "]");
            }
        } else {
            MappingNode mapping = (MappingNode) expected;
            MappingNode other = (MappingNode) actual;
            assertEquals(mapping.getFlowStyle(), other.getFlowStyle(), where);
            List<NodeTuple> entries = mapping.getValue();
            assertEquals(entries.size(), other.getValue().size(), where);
            for (int i = 0; i < entries.size(); i++) {
                assertSame(entries.get(i).getKeyNode(), other.getValue().get(i).getKeyNode(), text, path + "/key" + i);
                assertSame(entries.get(i).getValueNode(), other.getValue().get(i).getValueNode(), text,
                        path + "/" + i);
            }
        }
    }

    private static void assertMark(Mark expected, Mark actual, String where) {
        assertEquals(expected.getIndex() + ":" + expected.getLine() + ":" + expected.getColumn(),
                actual.getIndex() + ":" + actual.getLine() + ":" + actual.getColumn(), where);
    }

    /** Front matter of a few lines: mostly the simple form, with every way out of it mixed in. */
    private static String randomFrontMatter(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(6);
        for (int l = 0; l < lines; l++) {
            String key = random.nextInt(3) == 0 ? pick(random, KEYS) : "k" + random.nextInt(40);
            text.append(key).append(':');
            switch (random.nextInt(6)) {
                case 0 -> {
                    // a block list, indented or not, now and then with a blank line or an odd indent
                    text.append(random.nextInt(8) == 0 ? "  " : "").append('\n');
                    String indent = random.nextBoolean() ? "" : "  ";
                    int items = random.nextInt(4);
                    for (int i = 0; i < items; i++) {
                        if (random.nextInt(10) == 0) {
                            text.append('\n');
                        }
                        text.append(random.nextInt(25) == 0 ? " " : "").append(indent).append('-')
                                .append(random.nextInt(10) == 0 ? "   " : " ").append(pick(random, VALUES))
                                .append(random.nextInt(8) == 0 ? " " : "").append('\n');
                    }
                }
                case 1 -> text.append('\n');
                default -> text.append(random.nextInt(10) == 0 ? "   " : " ").append(pick(random, VALUES))
                        .append(random.nextInt(8) == 0 ? "  " : "").append('\n');
            }
            if (random.nextInt(12) == 0) {
                text.append('\n');
            }
        }
        if (random.nextInt(6) == 0) {
            text.setLength(text.length() - 1); // no final line break
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
