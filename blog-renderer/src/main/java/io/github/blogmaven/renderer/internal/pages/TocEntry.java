package io.github.blogmaven.renderer.internal.pages;

import java.util.List;

/**
 * One heading of a table of contents, with the headings nested below it.
 *
 * @param level 1 to 6
 * @param id the heading's {@code id}, the link target
 * @param text the heading's plain text
 * @param children headings of deeper levels up to the next heading of this level or higher
 */
public record TocEntry(int level, String id, String text, List<TocEntry> children) {
    public TocEntry {
        children = List.copyOf(children);
    }
}
