package io.github.blogmaven.renderer.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The last line of defence: an output path is checked as written and after every round of percent-decoding. */
class OutputPathTest {
    final Path root = Path.of("/site/out").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {
        "../escape.html", "a/../../escape.html", "/etc/passwd", "//server/share/x",
        "%2e%2e/escape.html", "%2E%2E/escape.html", "..%2fescape.html", "..%2Fescape.html", "a/%2e%2e/%2e%2e/x",
        "%252e%252e/escape.html", "%25252e%25252e/x", "%2fetc/passwd",
        "..\\escape.html", "a\\..\\..\\x", "%5c..%5cx", "..%255cx",
        "x\u0000.html", "x%00.html", "a/\nb.html", "a%0d%0ab.html",
        "C:/Windows/win.ini", "c:evil.html", "C%3a/x",
        "", ".", "a/..", "posts/", ".blog-maven-manifest", ".blog-maven-scratch"})
    @DisplayName("traversal, absolute, Windows, control-character and reserved paths are refused, encoded or not")
    void refused(String path) {
        IOException e = assertThrows(IOException.class, () -> OutputPath.check(root, path));
        assertTrue(e.getMessage().startsWith("refusing to write '" + path + "': "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "tags/中文/index.html", "%E4%B8%AD.html", "a%2fb.html", "100%.html",
        "posts/..hidden.html", "a/.blog-maven-manifest", "./about.html", "a//b.html"})
    @DisplayName("ordinary paths, including encoded ones that stay inside, are accepted as written")
    void accepted(String path) throws IOException {
        assertEquals(path, OutputPath.check(root, path));
    }

    @Test
    @DisplayName("the refusal says what the decoded path was")
    void namesTheDecodedForm() {
        IOException e = assertThrows(IOException.class, () -> OutputPath.check(root, "%252e%252e/x"));
        assertTrue(e.getMessage().contains("once percent-decoded ('../x')"), e.getMessage());
    }

    @Test
    @DisplayName("percent-decoding reads UTF-8 and keeps malformed escapes")
    void decoding() {
        assertEquals("中/x", OutputPath.percentDecoded("%E4%B8%AD%2Fx"));
        assertEquals("100%", OutputPath.percentDecoded("100%"));
        assertEquals("%zz%4", OutputPath.percentDecoded("%zz%4"));
        assertEquals("😀%", OutputPath.percentDecoded("😀%25"));
    }
}
