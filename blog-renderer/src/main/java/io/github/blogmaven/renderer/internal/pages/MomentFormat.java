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
    private final DateTimeFormatter formatter;

    private MomentFormat(DateTimeFormatter formatter) {
        this.formatter = formatter;
    }

    /** The format of {@code pattern}, or of {@code fallback} when {@code pattern} is null or not understood. */
    public static MomentFormat of(Object pattern, String fallback) {
        if (pattern instanceof String text && !text.isBlank()) {
            try {
                return new MomentFormat(DateTimeFormatter.ofPattern(translate(text), Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // not a pattern we understand: use the default rather than fail the build over a date style
            }
        }
        return new MomentFormat(DateTimeFormatter.ofPattern(translate(fallback), Locale.ROOT));
    }

    public String format(ZonedDateTime dateTime) {
        return formatter.format(dateTime);
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
