package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MomentFormatTest {
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2017, 10, 4, 21, 5, 2, 0, ZoneId.of("Asia/Shanghai"));

    @Test
    @DisplayName("Hexo's default date_format and time_format")
    void defaults() {
        assertEquals("2017-10-04", MomentFormat.of(null, "YYYY-MM-DD").format(WHEN));
        assertEquals("21:05:02", MomentFormat.of(null, "HH:mm:ss").format(WHEN));
    }

    @Test
    @DisplayName("common Moment.js patterns, literals in brackets")
    void patterns() {
        assertEquals("2017年10月4日", MomentFormat.of("YYYY年MM月D日", "YYYY-MM-DD").format(WHEN));
        assertEquals("Oct 4, 2017", MomentFormat.of("MMM D, YYYY", "YYYY-MM-DD").format(WHEN));
        assertEquals("Wed 9:05 PM", MomentFormat.of("ddd h:mm A", "YYYY-MM-DD").format(WHEN));
        assertEquals("at 2017", MomentFormat.of("[at] YYYY", "YYYY-MM-DD").format(WHEN));
    }

    @Test
    @DisplayName("a pattern not understood falls back to the default instead of failing the build")
    void fallback() {
        assertEquals("2017-10-04", MomentFormat.of("Qo wo", "YYYY-MM-DD").format(WHEN));
    }

    @Test
    @DisplayName("the default patterns, written by hand, as DateTimeFormatter writes them, whatever the year")
    void defaultsAsFormatter() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        MomentFormat date = MomentFormat.of(null, "YYYY-MM-DD");
        MomentFormat time = MomentFormat.of("HH:mm:ss", "YYYY-MM-DD");
        java.time.format.DateTimeFormatter dateJava = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd");
        java.time.format.DateTimeFormatter timeJava = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
        for (int i = 0; i < 5000; i++) {
            ZonedDateTime when = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                    random.nextLong(-400_000_000_000L, 400_000_000_000L), random.nextInt(1_000_000_000)),
                    ZoneId.of(i % 2 == 0 ? "Asia/Shanghai" : "America/St_Johns"));
            assertEquals(dateJava.format(when), date.format(when), when.toString());
            assertEquals(timeJava.format(when), time.format(when), when.toString());
        }
    }
}
