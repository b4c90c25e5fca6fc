package io.github.blogmaven.renderer.internal.links;

import java.util.ArrayList;
import java.util.List;

/** Replacements of parts of a text, made in order of position and applied in one pass. */
final class TextEdits {
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<String> replacements = new ArrayList<>();

    /** Replaces {@code text[start, end)} with {@code replacement}; edits must come in order and not overlap. */
    void replace(int start, int end, String replacement) {
        if (!ends.isEmpty() && start < ends.get(ends.size() - 1)) {
            throw new IllegalArgumentException("edits out of order at " + start);
        }
        starts.add(start);
        ends.add(end);
        replacements.add(replacement);
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    boolean isEmpty() {
        return starts.isEmpty();
    }

    /** The text {@code text[0, length)} with every edit made. */
    String applyTo(char[] text, int length) {
        StringBuilder out = new StringBuilder(length + 64 * starts.size());
        int from = 0;
        for (int i = 0; i < starts.size(); i++) {
            out.append(text, from, starts.get(i) - from).append(replacements.get(i));
            from = ends.get(i);
        }
        return out.append(text, from, length - from).toString();
    }
}
