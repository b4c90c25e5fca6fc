package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A draft to publish, as {@code hexo publish <name>} does.
 *
 * @param baseDir the blog's directory, holding {@code source/}
 * @param name the draft's file name without {@code .md}: {@code source/_drafts/<name>.md}
 * @param now the date that names the post when {@code new_post_name} uses one and the draft has no {@code date}
 */
public record PublishRequest(Path baseDir, String name, Instant now) {

    public PublishRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
    }

    /** The draft {@code name} of {@code baseDir}, published now. */
    public PublishRequest(Path baseDir, String name) {
        this(baseDir, name, Instant.now());
    }
}
