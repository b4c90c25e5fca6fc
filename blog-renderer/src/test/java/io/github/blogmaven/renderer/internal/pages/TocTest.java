package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.renderer.internal.markdown.Heading;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TocTest {
    @Test
    @DisplayName("headings nest by level; a deeper first heading still appears")
    void nests() {
        List<TocEntry> toc = Views.toc(List.of(new Heading(3, "a", "A"), new Heading(2, "b", "B"),
                new Heading(3, "c", "C"), new Heading(4, "d", "D"), new Heading(2, "e", "E")));
        assertEquals(List.of("a", "b", "e"), toc.stream().map(TocEntry::id).toList());
        assertEquals("c", toc.get(1).children().get(0).id());
        assertEquals("d", toc.get(1).children().get(0).children().get(0).id());
    }

    @Test
    @DisplayName("fewer than two headings make no table of contents")
    void needsTwo() {
        assertEquals(List.of(), Views.toc(List.of(new Heading(2, "a", "A"))));
    }
}
