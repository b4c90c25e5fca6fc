package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a build wrote.
 *
 * @param outputDir where the site was written
 * @param pages how many files of each kind were written
 * @param assetsCopied how many files were copied as they are
 * @param duration how long the build took
 */
public record GenerateResult(Path outputDir, Map<PageKind, Integer> pages, int assetsCopied, Duration duration) {
    public GenerateResult {
        Objects.requireNonNull(outputDir, "outputDir");
        pages = Collections.unmodifiableMap(new EnumMap<>(pages.isEmpty() ? new EnumMap<>(PageKind.class) : pages));
        Objects.requireNonNull(duration, "duration");
    }

    /** The number of files written of {@code kind}. */
    public int count(PageKind kind) {
        return pages.getOrDefault(kind, 0);
    }

    /** The number of rendered files of every kind. */
    public int totalPages() {
        return pages.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for a build log: {@code 12 pages (3 post, 1 page, ...), 5 assets in 1.2 s}. */
    public String summary() {
        String byKind = pages.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return String.format(java.util.Locale.ROOT, "%d pages (%s), %d assets copied in %.1f s",
                totalPages(), byKind, assetsCopied, duration.toMillis() / 1000.0);
    }
}
