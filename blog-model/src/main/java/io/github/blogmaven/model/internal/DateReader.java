package io.github.blogmaven.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Hexo blogs write: {@code 2017-10-14}, {@code 2017-10-14 21:54:12}, {@code 2017-10-14T21:54},
 * {@code 2017/10/14 21:54}, with optional fractions of a second and an optional offset ({@code Z},
 * {@code +08:00}, {@code +0800}, {@code +8}). A date without an offset is in the site's time zone, never the
 * machine's.
 */
final class DateReader {
    /** The formats accepted, as shown to users. */
    static final String ACCEPTED_FORMATS = "YYYY-MM-DD, YYYY-MM-DD HH:mm[:ss], YYYY-MM-DDTHH:mm:ss[.SSS], "
            + "any of these followed by Z or an offset such as +08:00, or with / instead of -";

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "(?:[ \\t]*(Z|z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    /** A date that does not parse, or names a day or time that does not exist. */
    static final class UnreadableDateException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableDateException(String message) {
            super(message);
        }
    }

    /**
     * A date read from text.
     *
     * @param dateTime the instant, in the site's zone
     * @param dateOnly whether the text had no time of day
     */
    record ReadDate(ZonedDateTime dateTime, boolean dateOnly) {
    }

    private final ZoneId zone;

    DateReader(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    ReadDate read(String text) throws UnreadableDateException {
        String trimmed = text.strip();
        Matcher m = DATE.matcher(trimmed);
        if (!m.matches()) {
            throw new UnreadableDateException("'" + text + "' is not a date");
        }
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw new UnreadableDateException("'" + text + "' is not a day of the calendar");
        }
        if (m.group(5) == null) {
            return new ReadDate(day.atStartOfDay(zone), true);
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos(m.group(8)));
        } catch (DateTimeException e) {
            throw new UnreadableDateException("'" + text + "' is not a time of day");
        }
        LocalDateTime local = LocalDateTime.of(day, time);
        String offset = m.group(9);
        if (offset == null) {
            return new ReadDate(ZonedDateTime.of(local, zone), false);
        }
        try {
            ZoneOffset parsed = offset.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(offsetText(offset));
            return new ReadDate(local.atOffset(parsed).atZoneSameInstant(zone), false);
        } catch (DateTimeException e) {
            throw new UnreadableDateException("'" + text + "' has an impossible offset " + offset);
        }
    }

    /** The value a YAML timestamp gets in a front-matter or data map: a date, a date-time, or its text. */
    Object yamlTimestamp(String text) {
        try {
            ReadDate read = read(text);
            return read.dateOnly() ? read.dateTime().toLocalDate() : read.dateTime();
        } catch (UnreadableDateException e) {
            return text;
        }
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String padded = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(padded);
    }

    // ZoneOffset.of wants +h, +hh, +hh:mm or +hhmm.
    private static String offsetText(String offset) {
        String digits = offset.substring(1).replace(":", "");
        if (digits.length() == 3) {
            digits = "0" + digits;
        }
        return offset.charAt(0) + (digits.length() <= 2 ? digits : digits.substring(0, 2) + ":" + digits.substring(2));
    }
}
