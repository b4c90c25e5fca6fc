package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void eachEventIsOneLineOfJson() {
        assertEquals("event: reload\ndata: {\"paths\":[\"posts/a.html\",\"a \\\"b\\\"\\\\c\"]}\n\n",
                Events.reload(List.of("posts/a.html", "a \"b\"\\c")));
        assertEquals("event: css\ndata: {\"paths\":[]}\n\n", Events.css(List.of()));
        assertEquals("event: ok\ndata: {}\n\n", Events.OK);
    }

    @Test
    @DisplayName("line breaks in a message are escaped, or they would end the event")
    void lineBreaksAreEscaped() {
        String event = Events.problems(List.of(new DevServer.Problem("a.md", 1, 2, "one\ntwo\rthree\u2028four\u0000")));

        assertEquals("event: problems\ndata: {\"problems\":[\"a.md:1:2: one\\ntwo\\rthree\\u2028four\\u0000\"]}\n\n",
                event);
    }

    @Test
    void problemsLeaveOutWhatIsUnknown() {
        assertEquals("a.md:3:7: m", Events.describe(new DevServer.Problem("a.md", 3, 7, "m")));
        assertEquals("a.md:3: m", Events.describe(new DevServer.Problem("a.md", 3, 0, "m")));
        assertEquals("a.md: m", Events.describe(new DevServer.Problem("a.md", 0, 0, "m")));
        assertEquals("m", Events.describe(new DevServer.Problem(null, 3, 7, "m")));
    }
}
