package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    @DisplayName("characters XML 1.0 forbids are dropped from template text; everything else is kept")
    void xmlText() {
        assertEquals("ab\tc\nd", XmlText.clean("a\u0008b\tc\nd\u000b"));
        assertEquals("中文😀", XmlText.clean("中文😀"));
        assertEquals("x", XmlText.clean("x\ud800"));
        assertEquals("yz", XmlText.clean("y\uffffz"));
        assertEquals("a\u2028b", XmlText.clean("a\u2028b"), "U+2028 is legal XML; JSON output escapes it");
        String clean = "nothing to drop";
        assertSame(clean, XmlText.clean(clean), "no copy when nothing changes");
    }
}
