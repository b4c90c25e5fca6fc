package io.github.blogmaven.renderer.internal.pages;

/**
 * A date and time, formatted for templates in the site's time zone.
 *
 * @param iso ISO-8601 with offset, for {@code <time datetime>}: {@code 2017-10-14T21:54:12+08:00}
 * @param date the date in {@code date_format} ({@code 2017-10-14} by default)
 * @param time the time in {@code time_format} ({@code 21:54:12} by default)
 * @param year four digits
 * @param month two digits
 * @param day two digits
 */
public record Moment(String iso, String date, String time, String year, String month, String day) {
    /** The formatted date, so {@code ${post.date}} prints something sensible. */
    @Override
    public String toString() {
        return date;
    }
}
