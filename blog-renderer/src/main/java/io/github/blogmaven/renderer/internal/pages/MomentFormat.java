package io.github.blogmaven.renderer.internal.pages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats dates with the Moment.js patterns of Hexo's {@code date_format} and {@code time_format}
 * ({@code YYYY-MM-DD}, {@code HH:mm:ss}). The common tokens are translated to {@link DateTimeFormatter};
 * text in {@code [brackets]} is literal. Names of months and days are English, whatever the machine's locale.
 */
public final class MomentFormat {
    /** Hexo's defaults, {@code YYYY-MM-DD} and {@code HH:mm:ss}, as {@link #translate} writes them. */
    private static final String DATE = "uuuu'-'MM'-'dd";
    private static final String TIME = "HH':'mm':'ss";

    private final boolean defaultDate;
    private final boolean defaultTime;
    private final DateTimeFormatter formatter;

    private MomentFormat(String pattern) {
        this.defaultDate = pattern.equals(DATE);
        this.defaultTime = pattern.equals(TIME);
        this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    /** The format of {@code pattern}, or of {@code fallback} when {@code pattern} is null or not understood. */
    public static MomentFormat of(Object pattern, String fallback) {
        if (pattern instanceof String text && !text.isBlank()) {
            try {
                return new MomentFormat(translate(text));
            } catch (IllegalArgumentException e) {
                // not a pattern we understand: use the default rather than fail the build over a date style
            }
        }
        return new MomentFormat(translate(fallback));
    }

    /**
     * {@code dateTime} in this format. Hexo's default patterns are written by hand: every post's view formats its
     * dates, and a {@code DateTimeFormatter} looks up each field through the temporal query machinery.
     */
    public String format(ZonedDateTime dateTime) {
        int year = dateTime.getYear();
        if (defaultDate && year >= 0 && year <= 9999) {
            StringBuilder out = new StringBuilder(10);
            four(out, year);
            two(out.append('-'), dateTime.getMonthValue());
            return two(out.append('-'), dateTime.getDayOfMonth()).toString();
        }
        if (defaultTime) {
            StringBuilder out = new StringBuilder(8);
            two(out, dateTime.getHour());
            two(out.append(':'), dateTime.getMinute());
            return two(out.append(':'), dateTime.getSecond()).toString();
        }
        return formatter.format(dateTime);
    }

    /**
     * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}'s text, written by hand for the common case (whole seconds,
     * a four-digit year): every post's view and every feed and sitemap entry has one.
     */
    public static String iso(ZonedDateTime dateTime) {
        int year = dateTime.getYear();
        if (dateTime.getNano() != 0 || year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        StringBuilder out = new StringBuilder(25).append(year);
        two(out.append('-'), dateTime.getMonthValue());
        two(out.append('-'), dateTime.getDayOfMonth());
        two(out.append('T'), dateTime.getHour());
        two(out.append(':'), dateTime.getMinute());
        two(out.append(':'), dateTime.getSecond());
        return out.append(dateTime.getOffset().getId()).toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void four(StringBuilder out, int value) {
        two(out, value / 100);
        two(out, value % 100);
    }

    static String translate(String moment) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < moment.length()) {
            char c = moment.charAt(i);
            if (c == '[') {
                int end = moment.indexOf(']', i);
                if (end < 0) {
                    end = moment.length();
                }
                literal.append(moment, i + 1, end);
                i = end + 1;
                continue;
            }
            int run = i;
            while (run < moment.length() && moment.charAt(run) == c) {
                run++;
            }
            String token = moment.substring(i, run);
            String java = switch (token) {
                case "YYYY" -> "uuuu";
                case "YY" -> "uu";
                case "MMMM" -> "MMMM";
                case "MMM" -> "MMM";
                case "MM" -> "MM";
                case "M" -> "M";
                case "DD" -> "dd";
                case "D" -> "d";
                case "dddd" -> "EEEE";
                case "ddd" -> "EEE";
                case "HH" -> "HH";
                case "H" -> "H";
                case "hh" -> "hh";
                case "h" -> "h";
                case "mm" -> "mm";
                case "m" -> "m";
                case "ss" -> "ss";
                case "s" -> "s";
                case "A", "a" -> "a";
                case "Z" -> "xxx";
                case "ZZ" -> "xx";
                default -> null;
            };
            if (java != null) {
                flush(out, literal);
                out.append(java);
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("unsupported Moment.js token: " + token);
            } else {
                literal.append(token);
            }
            i = run;
        }
        flush(out, literal);
        return out.toString();
    }

    /** Literal text, quoted once however many pieces it was gathered from. */
    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.length() > 0) {
            out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }
}
