package io.github.blogmaven.renderer.internal.scaffold;

import java.time.ZonedDateTime;

/**
 * Hexo's {@code new_post_name}: the tokens {@code :title :year :month :i_month :day :i_day} replaced, the rest
 * kept as written.
 */
final class PostFileName {
    private PostFileName() {
    }

    /** The path, relative to {@code source/_posts}, that {@code pattern} gives a post. */
    static String of(String pattern, String slug, ZonedDateTime date) {
        // Longest tokens first, so :i_month is not read as :i followed by "_month".
        return pattern
                .replace(":i_month", Integer.toString(date.getMonthValue()))
                .replace(":i_day", Integer.toString(date.getDayOfMonth()))
                .replace(":year", String.format("%04d", date.getYear()))
                .replace(":month", String.format("%02d", date.getMonthValue()))
                .replace(":day", String.format("%02d", date.getDayOfMonth()))
                .replace(":title", slug);
    }
}
