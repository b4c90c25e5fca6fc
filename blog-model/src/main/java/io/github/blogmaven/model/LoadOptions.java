package io.github.blogmaven.model;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to load a site.
 *
 * @param includeDrafts include drafts as if {@code render_drafts} were set
 * @param includeFuture include posts dated after {@code now} even when {@code future: false}
 * @param now the instant that decides which posts are in the future
 * @param log receives informational messages and warnings, one line each (for example that no time zone is
 *     configured and UTC is used)
 */
public record LoadOptions(boolean includeDrafts, boolean includeFuture, Instant now, Consumer<String> log) {
    public LoadOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(log, "log");
    }

    /** Published content only, as of the current instant, discarding messages. */
    public static LoadOptions defaults() {
        return new LoadOptions(false, false, Instant.now(), message -> { });
    }
}
