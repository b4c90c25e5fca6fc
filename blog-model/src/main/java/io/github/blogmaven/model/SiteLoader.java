package io.github.blogmaven.model;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a Hexo-layout project directory into a validated {@link Site}. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /**
     * Loads the site whose {@code _config.yml} is in {@code baseDir}.
     *
     * @throws ContentException listing every problem found in the configuration and content
     * @throws IOException when a file cannot be read for reasons other than its content
     */
    public static Site load(Path baseDir, LoadOptions options) throws ContentException, IOException {
        throw new UnsupportedOperationException("implemented by the model loader");
    }
}
