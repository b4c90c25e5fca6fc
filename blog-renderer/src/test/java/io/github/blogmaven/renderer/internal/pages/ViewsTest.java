package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewsTest {
    @Test
    @DisplayName("a moment's year, month and day are zero-padded exactly as %04d and %02d pad them")
    void zeroPaddedAsFormat() {
        IntStream.concat(IntStream.rangeClosed(-1200, 12000), IntStream.of(99999, -99999, 1_000_000_000))
                .forEach(value -> {
                    assertEquals(String.format(Locale.ROOT, "%04d", value), Views.zeroPadded(value, 4), "" + value);
                    assertEquals(String.format(Locale.ROOT, "%02d", value), Views.zeroPadded(value, 2), "" + value);
                });
    }
}
