package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expectation is an absolute instant, so these pass whatever the machine's zone is. */
@DisplayName("Dates are read in the site's time zone, never the machine's")
class DateReaderTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DateReader reader = new DateReader(SHANGHAI);

    private Instant instant(String text) throws DateReader.UnreadableDateException {
        return reader.read(text).dateTime().toInstant();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "2017-10-14 21:54:12       | 2017-10-14T13:54:12Z",
        "2017-10-14T21:54:12       | 2017-10-14T13:54:12Z",
        "2017-10-14t21:54:12       | 2017-10-14T13:54:12Z",
        "2017-10-14 21:54          | 2017-10-14T13:54:00Z",
        "2017/10/14 21:54          | 2017-10-14T13:54:00Z",
        "2013/7/13 20:46:25        | 2013-07-13T12:46:25Z",
        "2017-10-14                | 2017-10-13T16:00:00Z",
        "2017-10-14T21:54:12Z      | 2017-10-14T21:54:12Z",
        "2017-10-14T21:54:12+08:00 | 2017-10-14T13:54:12Z",
        "2017-10-14 21:54:12 +0800 | 2017-10-14T13:54:12Z",
        "2017-10-14T21:54:12-05:00 | 2017-10-15T02:54:12Z",
        "2017-10-14T21:54:12.5Z    | 2017-10-14T21:54:12.500Z",
    })
    @DisplayName("accepted formats; a date without an offset is in Asia/Shanghai")
    void formats(String text, String expected) throws Exception {
        assertEquals(Instant.parse(expected), instant(text));
    }

    @Test
    @DisplayName("the result is expressed in the site's zone")
    void inSiteZone() throws Exception {
        ZonedDateTime date = reader.read("2017-10-14T13:54:12Z").dateTime();
        assertEquals(SHANGHAI, date.getZone());
        assertEquals(21, date.getHour());
    }

    @Test
    @DisplayName("the same text means another instant in another site zone")
    void zoneMatters() throws Exception {
        Instant utc = new DateReader(ZoneOffset.UTC).read("2017-10-14 21:54:12").dateTime().toInstant();
        assertEquals(Instant.parse("2017-10-14T21:54:12Z"), utc);
    }

    @Test
    @DisplayName("a date-only value is midnight in the site's zone and says it had no time")
    void dateOnly() throws Exception {
        DateReader.ReadDate read = reader.read("2017-10-14");
        assertTrue(read.dateOnly());
        assertEquals(LocalDate.of(2017, 10, 14), read.dateTime().toLocalDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2024-02-30          | '2024-02-30' is not a day of the calendar",
        "2023-02-29 10:00    | '2023-02-29 10:00' is not a day of the calendar",
        "2024-01-01 25:00    | '2024-01-01 25:00' is not a time of day",
        "yesterday           | 'yesterday' is not a date",
        "14.10.2017          | '14.10.2017' is not a date",
        "2017-10-14 21:54:12+99:00 | '2017-10-14 21:54:12+99:00' has an impossible offset +99:00",
    })
    @DisplayName("dates that do not exist or do not parse are refused with a reason")
    void invalid(String text, String message) {
        DateReader.UnreadableDateException e = assertThrows(DateReader.UnreadableDateException.class,
                () -> reader.read(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    @DisplayName("YAML timestamps elsewhere in front matter become java.time values")
    void yamlTimestamps() {
        assertEquals(LocalDate.of(2017, 10, 14), reader.yamlTimestamp("2017-10-14"));
        assertEquals(ZonedDateTime.of(2017, 10, 14, 21, 54, 12, 0, SHANGHAI), reader.yamlTimestamp("2017-10-14 21:54:12"));
        assertEquals("2024-02-30", reader.yamlTimestamp("2024-02-30"));
    }
}
