package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param baseDir the blog's directory, holding {@code _config.yml} and {@code source/}
 * @param outputDir where the site is written
 * @param drafts include drafts, as {@code render_drafts: true} does
 * @param future include posts dated after {@code now} even when {@code future: false}
 * @param now the instant that decides which posts are in the future
 * @param listener receives progress, warnings and the summary
 */
public record GenerateRequest(
        Path baseDir, Path outputDir, boolean drafts, boolean future, Instant now, BuildListener listener) {

    public GenerateRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(listener, "listener");
    }

    /** Published content of {@code baseDir} into {@code outputDir}, as of now, reporting nothing. */
    public static GenerateRequest of(Path baseDir, Path outputDir) {
        return new GenerateRequest(baseDir, outputDir, false, false, Instant.now(), BuildListener.SILENT);
    }

    /** This request with drafts included or not. */
    public GenerateRequest withDrafts(boolean include) {
        return new GenerateRequest(baseDir, outputDir, include, future, now, listener);
    }

    /** This request with future posts included or not. */
    public GenerateRequest withFuture(boolean include) {
        return new GenerateRequest(baseDir, outputDir, drafts, include, now, listener);
    }

    /** This request reporting to {@code to}. */
    public GenerateRequest withListener(BuildListener to) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, now, to);
    }

    /** This request judging future posts as of {@code instant}. */
    public GenerateRequest withNow(Instant instant) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, instant, listener);
    }
}
