package io.github.blogmaven.renderer.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedsTest {
    @Test
    @DisplayName("characters XML 1.0 forbids are dropped from feed text; everything else is kept")
    void xmlText() {
        assertEquals("ab\tc\nd", Feeds.xml("a\u0008b\tc\nd\u000b"));
        assertEquals("中文😀", Feeds.xml("中文😀"));
        assertEquals("x", Feeds.xml("x\ud800"));
        assertEquals("yz", Feeds.xml("y\uffffz"));
    }
}
