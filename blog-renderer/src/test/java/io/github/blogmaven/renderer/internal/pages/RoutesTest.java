package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.renderer.internal.TestSites;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The routes of the pages the generators make up. */
class RoutesTest {
    @Test
    @DisplayName("archive routes name the year, the month and the day")
    void archiveRoutes() {
        Routes routes = routes(Map.of());
        assertEquals("archives/", routes.archive(null, null, null, 1));
        assertEquals("archives/2018/page/2/", routes.archive("2018", null, null, 2));
        assertEquals("archives/2018/04/", routes.archive("2018", "04", null, 1));
        assertEquals("archives/2018/04/01/", routes.archive("2018", "04", "01", 1));
    }

    private static Routes routes(Map<String, Object> values) {
        return new Routes(TestSites.config(values));
    }
}
