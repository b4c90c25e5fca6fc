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
 * @param lenient report content problems as warnings, skip the files that have them and build the rest,
 *     instead of failing
 * @param failOnBrokenLinks fail when a page links to, or shows an image from, a path of the site that was not
 *     written; when false, broken links are warnings
 * @param now the instant that decides which posts are in the future
 * @param listener receives progress, warnings and the summary
 */
public record GenerateRequest(
        Path baseDir,
        Path outputDir,
        boolean drafts,
        boolean future,
        boolean lenient,
        boolean failOnBrokenLinks,
        Instant now,
        BuildListener listener) {

    public GenerateRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * Published content of {@code baseDir} into {@code outputDir}, as of now, strict (any problem fails the
     * build, broken links included), reporting nothing.
     */
    public static GenerateRequest of(Path baseDir, Path outputDir) {
        return new GenerateRequest(baseDir, outputDir, false, false, false, true, Instant.now(), BuildListener.SILENT);
    }

    /** This request with drafts included or not. */
    public GenerateRequest withDrafts(boolean include) {
        return new GenerateRequest(baseDir, outputDir, include, future, lenient, failOnBrokenLinks, now, listener);
    }

    /** This request with future posts included or not. */
    public GenerateRequest withFuture(boolean include) {
        return new GenerateRequest(baseDir, outputDir, drafts, include, lenient, failOnBrokenLinks, now, listener);
    }

    /** This request skipping files with problems (true) or failing on them (false). */
    public GenerateRequest withLenient(boolean skipBadFiles) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, skipBadFiles, failOnBrokenLinks, now, listener);
    }

    /** This request failing on broken internal links (true) or warning about them (false). */
    public GenerateRequest withFailOnBrokenLinks(boolean fail) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, lenient, fail, now, listener);
    }

    /** This request reporting to {@code to}. */
    public GenerateRequest withListener(BuildListener to) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, lenient, failOnBrokenLinks, now, to);
    }

    /** This request judging future posts as of {@code instant}. */
    public GenerateRequest withNow(Instant instant) {
        return new GenerateRequest(baseDir, outputDir, drafts, future, lenient, failOnBrokenLinks, instant, listener);
    }
}
