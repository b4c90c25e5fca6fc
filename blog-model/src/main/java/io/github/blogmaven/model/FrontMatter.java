package io.github.blogmaven.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every front-matter key of a source file, in the order written, with the line each key is on.
 *
 * <p>Values are what SafeConstructor YAML (or JSON) gives: {@code String}, {@code Number}, {@code Boolean},
 * {@code List}, {@code Map}, with dates already converted to {@code java.time}. Collections are unmodifiable.
 * Plain scalars follow YAML 1.2 as Hexo's js-yaml does ({@code yes}, {@code on}, {@code 0123} are text).
 * {@code date} and {@code updated} hold the resolved {@code ZonedDateTime} in the site's zone; any other YAML
 * timestamp is a {@code ZonedDateTime} in the site's zone, or a {@code LocalDate} when it has no time of day.
 * {@code title}, {@code tags}, {@code tag}, {@code categories}, {@code category}, {@code abbrlink},
 * {@code permalink}, {@code lang}, {@code excerpt} and {@code layout} hold their text as written
 * ({@code title: 2024} is {@code "2024"}), except {@code layout: false}, which stays {@code Boolean.FALSE}.
 *
 * @param values every key and its value, in source order
 * @param lines the 1-based line of each key in its file (the opening fence is line 1)
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> lines) {
    /** Front matter of a file that has none. */
    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), Map.of());

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        lines = Map.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /** The value of {@code key}, or {@code null} when the key is absent. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether the key is present (its value may still be {@code null}). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The line {@code key} is on, or 1 when unknown. */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }
}
