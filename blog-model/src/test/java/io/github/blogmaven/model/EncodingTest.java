package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sources are UTF-8: a byte-order mark and any line ending read alike, anything else is a located problem")
class EncodingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String POST = "---\ntitle: Grüße 你好\ndate: 2024-01-02 03:04:05\ntags: [a, b]\n---\n"
            + "First line\nsecond line\r\n\nlast\n";
    private static final String BROKEN = "---\ntitle: Grüße\ndate: 2024-02-30\n---\nBody\n";

    @TempDir
    Path dir;

    private static byte[] variant(String text, String newline, boolean bom) {
        String converted = text.replace("\r\n", "\n").replace("\n", newline);
        byte[] body = converted.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "line endings {0}, byte-order mark {1}: the same post as LF without one")
    @CsvSource({"CRLF, false", "CR, false", "LF, true", "CRLF, true", "CR, true"})
    @DisplayName("a UTF-8 byte-order mark and CRLF or CR line endings change nothing in the loaded post")
    void lineEndingsAndBom(String ending, boolean bom, @TempDir Path other) throws Exception {
        String newline = ending.equals("CRLF") ? "\r\n" : "\r";
        Post expected = TempSite.withConfig(dir, "timezone: UTC\n")
                .bytes("source/_posts/p.md", variant(POST, "\n", false)).load().posts().get(0);
        Post actual = TempSite.withConfig(other, "timezone: UTC\n")
                .bytes("source/_posts/p.md", variant(POST, newline, bom)).load().posts().get(0);
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.date(), actual.date());
        assertEquals(expected.tags(), actual.tags());
        assertEquals(expected.body().text(), actual.body().text());
        assertEquals(expected.body().line(), actual.body().line());
        assertEquals(expected.frontMatter().lines(), actual.frontMatter().lines());
    }

    @ParameterizedTest(name = "line endings {0}, byte-order mark {1}: the bad date is still at 3:7")
    @CsvSource({"LF, false", "CRLF, false", "CR, false", "LF, true", "CRLF, true", "CR, true"})
    @DisplayName("a broken date is reported at the same line and column whatever the encoding details")
    void sameProblemPosition(String ending, boolean bom) throws Exception {
        String newline = switch (ending) {
            case "CRLF" -> "\r\n";
            case "CR" -> "\r";
            default -> "\n";
        };
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .bytes("source/_posts/p.md", variant(BROKEN, newline, bom)).problems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals("date", problem.key());
        assertEquals(3, problem.line(), problem.toString());
        assertEquals(7, problem.column(), problem.toString());
    }

    @Test
    @DisplayName("after leading tabs (read as two spaces each, as Hexo does) columns still count a tab as one")
    void tabColumns() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/p.md", "---\ntitle: a\nseries:\n\tpart: !unknown 3\n---\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line(), problems.get(0).toString());
        assertEquals(8, problems.get(0).column(), "tab, 'part: ' then the tag: " + problems.get(0));
    }

    @Test
    @DisplayName("invalid UTF-8 is a problem at its line and column that names the bytes, not a silent U+FFFD")
    void invalidUtf8() throws Exception {
        byte[] text = "---\ntitle: ok\n---\nline four\nab\u00e9cd".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text);
        bytes.write(0xFF);
        bytes.writeBytes("tail\n".getBytes(StandardCharsets.UTF_8));
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .bytes("source/_posts/bad.md", bytes.toByteArray()).problems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals("source/_posts/bad.md", problem.path());
        assertEquals(5, problem.line());
        assertEquals(6, problem.column(), "after 'abécd': five characters, so the bad byte is column 6");
        assertTrue(problem.message().startsWith("is not valid UTF-8: byte 0xFF"), problem.message());
        assertTrue(problem.hint().startsWith("re-save the file as UTF-8"), problem.hint());
    }

    @Test
    @DisplayName("U+FFFD written in the file is text; encoded surrogates and overlong forms are invalid UTF-8")
    void replacementCharacterAndNearMisses() throws Exception {
        byte[] text = "---\ntitle: a \uFFFD b\n---\nbody \uFFFD\n".getBytes(StandardCharsets.UTF_8);
        Post post = TempSite.withConfig(dir, "timezone: UTC\n").bytes("source/_posts/p.md", text).load().posts()
                .get(0);
        assertEquals("a \uFFFD b", post.title());
        assertEquals("body \uFFFD\n", post.body().text());
        for (byte[] bad : List.of(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {'x', (byte) 0xC0, (byte) 0xAF})) {
            List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                    .bytes("source/about.md", bad).problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().startsWith("is not valid UTF-8"), problems.toString());
        }
    }

    @Test
    @DisplayName("a truncated multi-byte character after a byte-order mark is located without counting the mark")
    void truncatedSequenceAfterBom() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes("abc".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE4);
        bytes.write(0xBD);
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .bytes("source/about.md", bytes.toByteArray()).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).line());
        assertEquals(4, problems.get(0).column());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    @DisplayName("a UTF-16 or UTF-32 file is reported as an encoding blog-maven does not read, with a hint to re-save")
    void foreignByteOrderMarks(String charset) throws Exception {
        byte[] text = ("\uFEFF---\ntitle: x\n---\nBody\n").getBytes(Charset.forName(charset));
        List<ContentProblem> problems = TempSite.withConfig(dir, "timezone: UTC\n")
                .bytes("source/_posts/wide.md", text).problems();
        assertEquals(1, problems.size(), problems.toString());
        ContentProblem problem = problems.get(0);
        assertEquals("source/_posts/wide.md:1:1: is encoded as " + charset + " (it starts with that byte-order "
                + "mark); blog-maven reads UTF-8 only", problem.toString().substring(0,
                problem.toString().indexOf(" (hint:")));
        assertTrue(problem.hint().contains("UTF-8"));
    }

    @Test
    @DisplayName("invalid UTF-8 in _config.yml and in a data file is reported at each file")
    void configAndData() throws Exception {
        byte[] config = {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '(', '\n'};
        List<ContentProblem> problems = new TempSite(dir).bytes("_config.yml", config)
                .bytes("source/_data/menu.yml", new byte[] {'a', ':', ' ', (byte) 0x80, '\n'}).problems();
        assertEquals(List.of("_config.yml:1:8", "source/_data/menu.yml:1:4"), problems.stream()
                .map(p -> p.path() + ":" + p.line() + ":" + p.column()).toList());
    }
}
