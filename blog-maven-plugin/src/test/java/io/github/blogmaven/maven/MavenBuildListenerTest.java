package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MavenBuildListenerTest {

    @Test
    void keepsEachLevel() {
        RecordingLog log = new RecordingLog(true);
        MavenBuildListener listener = new MavenBuildListener(log);

        listener.info("wrote 3 pages");
        listener.warn("no timezone in _config.yml, using UTC");
        listener.debug("rendering index.html");

        assertEquals(List.of("[INFO] wrote 3 pages", "[WARNING] no timezone in _config.yml, using UTC",
                "[DEBUG] rendering index.html"), log.lines);
    }

    @Test
    void dropsDebugUnlessEnabled() {
        RecordingLog log = new RecordingLog(false);

        new MavenBuildListener(log).debug("rendering index.html");

        assertEquals(List.of(), log.lines);
    }
}
