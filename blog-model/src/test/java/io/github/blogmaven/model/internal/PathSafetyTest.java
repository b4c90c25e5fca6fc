package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Output path safety")
class PathSafetyTest {
    private static final String[] PIECES = {"a", "/", ".", "..", "%", "2e", "2E", "%2f", "%25", "\\", "\0", ":", "C",
        "c:", "中", "%E4%B8%AD", "x.html", "//", "%00", "%5c"};

    @Test
    @DisplayName("a path without escapes, backslashes, NULs or drive letters is judged as in every decoded form")
    void plainPathsAsEveryForm() {
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String path = text.toString();
            assertEquals(PathSafety.escapeInEveryForm(path), PathSafety.escape(path), path);
            assertEquals(PathSafety.unsafeInEveryForm(path), PathSafety.unsafe(path), path);
        }
    }

    @Test
    @DisplayName("what each check says")
    void messages() {
        assertNull(PathSafety.unsafe("posts/a.html"));
        assertEquals("has a '..' segment, which leads to the parent folder", PathSafety.unsafe("/../a"));
        assertEquals("is an absolute path", PathSafety.unsafe("/a"));
        assertEquals("has an empty or '.' segment", PathSafety.unsafe("a//b"));
        assertEquals("has an empty or '.' segment", PathSafety.unsafe("a/./b"));
        assertEquals("starts with a drive letter", PathSafety.unsafe("C:/x"));
        assertEquals("has a '..' segment once percent-decoded, which leads to the parent folder",
                PathSafety.escape("%2e%2e/x"));
        assertNull(PathSafety.escape("a/./b"));
    }
}
