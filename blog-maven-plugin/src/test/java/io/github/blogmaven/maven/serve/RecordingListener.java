package io.github.blogmaven.maven.serve;

import io.github.blogmaven.renderer.BuildListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the watcher logs, from whichever thread, as "LEVEL message" lines. */
final class RecordingListener implements BuildListener {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }
}
