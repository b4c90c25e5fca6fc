package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile sources through the whole generator: the output folder is never left, bad files fail or are skipped. */
@DisplayName("The generator, given hostile sources, fails clearly or (lenient) builds the rest, inside the output folder")
class HostileInputTest {
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path workspace;

    Path base;
    Path out;
    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final BuildListener listener = new BuildListener() {
        @Override
        public synchronized void info(String message) {
            infos.add(message);
        }

        @Override
        public synchronized void warn(String message) {
            warnings.add(message);
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void layout() throws IOException {
        base = Files.createDirectories(workspace.resolve("blog"));
        out = workspace.resolve("blog/public");
        write("_config.yml", "title: Hostile\ntimezone: UTC\nurl: https://example.com\npermalink: posts/:title/\n");
        write("source/_posts/good.md", "---\ntitle: Good\ndate: 2024-01-02\ntags: [fine]\n---\nGood body.\n");
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(NOW));
    }

    private GenerateRequest request() {
        return GenerateRequest.of(base, out).withNow(NOW).withListener(listener);
    }

    private GenerateException fails(GenerateRequest request) {
        return assertThrows(GenerateException.class, () -> new SiteGenerator().generate(request));
    }

    /**
     * Every file under the workspace but the sources, the output and the lock file documented beside it, so
     * anything written outside the output folder shows up.
     */
    private List<String> workspaceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            return files.filter(Files::isRegularFile).map(f -> workspace.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("blog/public/") && !f.startsWith("blog/source/")
                            && !f.equals("blog/_config.yml") && !f.equals("blog/.public.lock"))
                    .sorted().toList();
        }
    }

    @Nested
    @DisplayName("Markdown too complex to render")
    class TooComplex {
        @Test
        @DisplayName("fails the build with a problem naming the file and the line its body starts on")
        void strict() throws Exception {
            write("source/_posts/deep.md", "---\ntitle: Deep\n---\n" + "> ".repeat(50_000) + "deep\n");
            GenerateException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fails(request()));
            assertEquals(1, e.problems().size(), e.getMessage());
            ContentProblem problem = e.problems().get(0);
            assertEquals("source/_posts/deep.md", problem.path());
            assertEquals(4, problem.line());
            assertTrue(problem.message().startsWith("too complex: "), problem.message());
            assertTrue(problem.hint().startsWith("simplify the Markdown"), problem.toString());
            assertFalse(Files.exists(out.resolve("index.html")), "nothing is written");
        }

        @Test
        @DisplayName("in lenient mode is a warning, the file is left out, and the rest of the site is built")
        void lenient() throws Exception {
            write("source/_posts/deep.md", "---\ntitle: Deep\ntags: [deep-only]\n---\n" + "[a](b".repeat(50_000));
            GenerateResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> new SiteGenerator().generate(request().withLenient(true)));
            assertEquals(1, result.count(PageKind.POST));
            assertTrue(Files.isRegularFile(out.resolve("posts/good/index.html")));
            assertFalse(Files.exists(out.resolve("posts/deep/index.html")));
            assertFalse(Files.exists(out.resolve("tags/deep-only/index.html")), "its tag went with it");
            assertTrue(warnings.get(0).startsWith("source/_posts/deep.md:5: too complex: "), warnings.toString());
            assertTrue(warnings.get(1).startsWith("Lenient mode: left out 1 file whose Markdown is too complex"),
                    warnings.toString());
        }
    }

    @Nested
    @DisplayName("lenient mode")
    class Lenient {
        @Test
        @DisplayName("a post with a broken date is a warning naming file and line; the good post is built, the bad one not")
        void badFrontMatter() throws Exception {
            write("source/_posts/bad.md", "---\ntitle: Bad\ndate: 2024-02-30\n---\nBad body.\n");
            new SiteGenerator().generate(request().withLenient(true));
            assertTrue(Files.isRegularFile(out.resolve("posts/good/index.html")));
            assertFalse(Files.exists(out.resolve("posts/bad/index.html")));
            assertTrue(warnings.contains("source/_posts/bad.md:3:7: key 'date': '2024-02-30' is not a day of the "
                    + "calendar (hint: write the date as one of: YYYY-MM-DD, YYYY-MM-DD HH:mm[:ss], "
                    + "YYYY-MM-DDTHH:mm:ss[.SSS], any of these followed by Z or an offset such as +08:00, or with / "
                    + "instead of -)"), warnings.toString());
            assertFalse(Fixtures.read(out, "index.html").contains("Bad body"));
        }

        @Test
        @DisplayName("the same site without lenient mode fails with that problem and writes nothing")
        void strictFails() throws Exception {
            write("source/_posts/bad.md", "---\ntitle: Bad\ndate: 2024-02-30\n---\nBad body.\n");
            GenerateException e = fails(request());
            assertEquals("source/_posts/bad.md", e.problems().get(0).path());
            assertFalse(Files.exists(out));
        }

        @Test
        @DisplayName("a problem in _config.yml fails even a lenient build")
        void configStillFails() throws Exception {
            write("_config.yml", "title: Hostile\ntimezone: UTC\ntheme: ../../etc\n");
            GenerateException e = fails(request().withLenient(true));
            assertTrue(e.problems().get(0).toString().startsWith("_config.yml:3:8: key 'theme': "), e.getMessage());
        }
    }

    @Nested
    @DisplayName("the output folder")
    class OutputFolder {
        @ParameterizedTest(name = "permalink: {0}")
        @ValueSource(strings = {"../../../escaped/", "%2e%2e/%2e%2e/escaped/", "..%5C..%5Cescaped.html",
            "/%2E%2E/%2E%2E/escaped.html"})
        @DisplayName("a post permalink climbing out fails the build, and nothing is written anywhere")
        void permalinkFails(String permalink) throws Exception {
            write("source/_posts/evil.md", "---\ntitle: Evil\npermalink: '" + permalink + "'\n---\nEvil.\n");
            GenerateException e = fails(request());
            assertEquals("permalink", e.problems().get(0).key());
            assertEquals(List.of(), workspaceFiles());
            assertFalse(Files.exists(out));
        }

        @Test
        @DisplayName("in lenient mode the climbing post is skipped and nothing lands outside the output folder")
        void permalinkLenient() throws Exception {
            write("source/_posts/evil.md", "---\ntitle: Evil\npermalink: ../../../escaped/\n---\nEvil.\n");
            new SiteGenerator().generate(request().withLenient(true));
            assertEquals(List.of(), workspaceFiles());
            assertTrue(Files.isRegularFile(out.resolve("posts/good/index.html")));
        }

        @Test
        @DisplayName("categories and tags named a/../../b, ..\\x or %2e%2e are built as plain folders inside")
        void climbingTaxonomy() throws Exception {
            write("_config.yml", "title: Hostile\ntimezone: UTC\npermalink: :category/:title/\n"
                    + "category_map: {evil: ../../../etc}\ntag_dir: tags\n");
            write("source/_posts/t.md", "---\ntitle: T\ncategories: [a/../../b, '..\\x', evil]\n"
                    + "tags: ['%2e%2e', '../../up']\n---\nT.\n");
            new SiteGenerator().generate(request());
            assertEquals(List.of(), workspaceFiles());
            assertTrue(Files.isRegularFile(out.resolve("a-b/x/etc/t/index.html")));
            assertTrue(Files.isRegularFile(out.resolve("categories/a-b/x/etc/index.html")));
            assertTrue(Files.isRegularFile(out.resolve("tags/2e-2e/index.html")));
            assertTrue(Files.isRegularFile(out.resolve("tags/up/index.html")));
        }

        @Test
        @DisplayName("a category named '..' fails the build instead of replacing the categories index")
        void dotDotCategory() throws Exception {
            write("source/_posts/t.md", "---\ntitle: T\ncategories: ['..']\n---\nT.\n");
            GenerateException e = fails(request());
            assertTrue(e.problems().get(0).toString().startsWith("source/_posts/t.md:3:14: key 'categories': "),
                    e.getMessage());
        }

        @Test
        @DisplayName("tag_dir: ../x fails the build at _config.yml")
        void tagDir() throws Exception {
            write("_config.yml", "title: Hostile\ntimezone: UTC\ntag_dir: ../x\n");
            assertEquals("tag_dir", fails(request()).problems().get(0).key());
        }

        @Test
        @DisplayName("a symbolic link to a file outside the project is refused; in lenient mode its content never "
                + "reaches the output")
        void symlinkOutside() throws Exception {
            Path secret = Files.writeString(workspace.resolve("secret.txt"), "TOP-SECRET");
            Files.createDirectories(base.resolve("source/files"));
            Files.createSymbolicLink(base.resolve("source/files/leak.txt"), secret);
            Files.createSymbolicLink(base.resolve("source/_posts/leak.md"), secret);
            GenerateException e = fails(request());
            assertEquals(List.of("source/_posts/leak.md", "source/files/leak.txt"),
                    e.problems().stream().map(ContentProblem::path).toList());

            new SiteGenerator().generate(request().withLenient(true));
            for (Map.Entry<String, byte[]> file : Fixtures.snapshot(out).entrySet()) {
                assertFalse(new String(file.getValue(), StandardCharsets.ISO_8859_1).contains("TOP-SECRET"),
                        file.getKey());
            }
        }
    }

    @Nested
    @DisplayName("encodings")
    class Encodings {
        private static final String POST = "---\ntitle: Grüße 你好\ndate: 2024-03-04 05:06:07\ntags: [a]\n---\n"
                + "First line\nsecond line\n\n## Heading\n\n- item\n- item\n";

        private byte[] variant(String text, String newline, boolean bom) {
            byte[] body = text.replace("\n", newline).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (bom) {
                bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            bytes.writeBytes(body);
            return bytes.toByteArray();
        }

        @Test
        @DisplayName("the same post with LF, CRLF or CR, with or without a byte-order mark, gives byte-identical sites")
        void identicalOutput() throws Exception {
            Map<String, byte[]> reference = null;
            int variant = 0;
            for (String newline : List.of("\n", "\r\n", "\r")) {
                for (boolean bom : List.of(false, true)) {
                    write("source/_posts/good.md", variant(POST, newline, bom));
                    Path target = workspace.resolve("out-" + variant++);
                    new SiteGenerator().generate(GenerateRequest.of(base, target).withNow(NOW));
                    Map<String, byte[]> site = Fixtures.snapshot(target);
                    if (reference == null) {
                        reference = site;
                        assertTrue(new String(site.get("posts/good/index.html"), StandardCharsets.UTF_8)
                                .contains("Grüße 你好"));
                    } else {
                        assertEquals(reference.keySet(), site.keySet());
                        for (String path : reference.keySet()) {
                            assertArrayEquals(reference.get(path), site.get(path), path + " with "
                                    + newline.replace("\r", "CR").replace("\n", "LF") + (bom ? " and BOM" : ""));
                        }
                    }
                }
            }
        }

        @Test
        @DisplayName("a broken date is reported at the same line and column in every variant")
        void sameLine() throws Exception {
            for (String newline : List.of("\n", "\r\n", "\r")) {
                for (boolean bom : List.of(false, true)) {
                    write("source/_posts/good.md", variant(POST.replace("2024-03-04", "2024-02-30"), newline, bom));
                    ContentProblem problem = fails(request()).problems().get(0);
                    assertEquals("source/_posts/good.md:3:7", problem.path() + ":" + problem.line() + ":"
                            + problem.column());
                }
            }
        }

        @Test
        @DisplayName("a Latin-1 post fails with the line and column of its first non-UTF-8 byte")
        void latin1() throws Exception {
            write("source/_posts/latin1.md", "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
            ContentProblem problem = fails(request()).problems().get(0);
            assertEquals("source/_posts/latin1.md:2:11", problem.path() + ":" + problem.line() + ":"
                    + problem.column());
        }
    }
}
