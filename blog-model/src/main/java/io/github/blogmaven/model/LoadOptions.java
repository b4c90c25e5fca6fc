package io.github.blogmaven.model;

import java.time.Instant;
import java.util.Objects;

/**
 * How to load a site.
 *
 * @param includeDrafts include drafts as if {@code render_drafts} were set
 * @param includeFuture include posts dated after {@code now} even when {@code future: false}
 * @param lenient report each problem of a source file as a warning and leave that file out, instead of failing;
 *     problems of {@code _config.yml} and of the theme still fail
 * @param now the instant that decides which posts are in the future
 * @param listener receives informational messages and warnings, one line each (for example that no time zone is
 *     configured and UTC is used)
 */
public record LoadOptions(boolean includeDrafts, boolean includeFuture, boolean lenient, Instant now,
        LoadListener listener) {
    public LoadOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(listener, "listener");
    }

    /** Strict options: any problem fails the load. */
    public LoadOptions(boolean includeDrafts, boolean includeFuture, Instant now, LoadListener listener) {
        this(includeDrafts, includeFuture, false, now, listener);
    }

    /** Published content only, as of the current instant, strict, discarding messages. */
    public static LoadOptions defaults() {
        return new LoadOptions(false, false, false, Instant.now(), message -> { });
    }

    /** These options, lenient or strict. */
    public LoadOptions withLenient(boolean skipBadFiles) {
        return new LoadOptions(includeDrafts, includeFuture, skipBadFiles, now, listener);
    }
}
