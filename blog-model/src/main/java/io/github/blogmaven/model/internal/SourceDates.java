package io.github.blogmaven.model.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code date} and {@code updated} keys, which posts and pages share. */
final class SourceDates {
    private final DateReader dates;

    SourceDates(DateReader dates) {
        this.dates = dates;
    }

    /**
     * The date under {@code key} in the site's zone, or null when the key is absent or its value is reported as
     * a problem. The text is read as written, so a quoted date works too.
     */
    ZonedDateTime read(FieldReader in, String key) {
        Node node = in.node(key);
        String text = in.text(node, key);
        if (text == null) {
            return null;
        }
        try {
            return dates.read(text).dateTime();
        } catch (DateReader.UnreadableDateException e) {
            in.report(node, key, e.getMessage(), Hints.DATE_FORMATS);
            return null;
        }
    }

    /** A file time in the site's zone, to the second. */
    ZonedDateTime fileTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(dates.zone());
    }

    DateReader reader() {
        return dates;
    }
}
