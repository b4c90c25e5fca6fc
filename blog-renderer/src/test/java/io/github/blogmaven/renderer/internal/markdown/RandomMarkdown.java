package io.github.blogmaven.renderer.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random documents strung together from given pieces, for the tests that render each one two ways and compare:
 * seeded, so a failure names a document that comes back on every run.
 */
final class RandomMarkdown {
    private RandomMarkdown() {
    }

    /** {@code count} documents of up to {@code maxPieces - 1} pieces each, drawn from {@code pieces}. */
    static List<String> documents(long seed, int count, int maxPieces, List<String> pieces) {
        Random random = new Random(seed);
        List<String> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(maxPieces); n > 0; n--) {
                markdown.append(pieces.get(random.nextInt(pieces.size())));
            }
            documents.add(markdown.toString());
        }
        return documents;
    }
}
