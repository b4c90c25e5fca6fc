package io.github.blogmaven.maven;

import io.github.blogmaven.renderer.BuildListener;
import org.apache.maven.plugin.logging.Log;

/** Sends what the generator reports to Maven's build log, keeping its levels. */
final class MavenBuildListener implements BuildListener {
    private final Log log;

    MavenBuildListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(message);
        }
    }
}
