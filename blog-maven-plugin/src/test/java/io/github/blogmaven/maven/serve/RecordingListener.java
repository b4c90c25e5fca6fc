package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what is logged, from whichever thread, as "LEVEL message" lines and as the bare messages. */
final class RecordingListener implements BuildListener {

    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        record("INFO", message);
    }

    @Override
    public void warn(String message) {
        record("WARN", message);
    }

    @Override
    public void debug(String message) {
        record("DEBUG", message);
    }

    private void record(String level, String message) {
        messages.add(message);
        lines.add(level + " " + message);
    }
}
