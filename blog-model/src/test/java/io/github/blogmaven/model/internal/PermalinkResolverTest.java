package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Permalink date tokens are padded as String.format pads them")
class PermalinkResolverTest {
    @Test
    @DisplayName("every value from -10,000 to 100,000, two and four digits wide")
    void likeStringFormat() {
        for (int value = -10_000; value <= 100_000; value++) {
            assertEquals(String.format(Locale.ROOT, "%02d", value), PermalinkResolver.zeroPadded(value, 2));
            assertEquals(String.format(Locale.ROOT, "%04d", value), PermalinkResolver.zeroPadded(value, 4));
        }
    }
}
