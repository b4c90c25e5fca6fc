package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Body;
import java.util.Objects;

/**
 * A body kept in memory.
 *
 * @param text the Markdown
 * @param line the 1-based line of the file on which it starts
 */
public record HeldBody(String text, int line) implements Body {
    public HeldBody {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public int length() {
        return text.length();
    }
}
