package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A draft to publish, as {@code hexo publish <name>} does.
 *
 * @param baseDir the blog's directory, holding {@code source/}
 * @param name the draft's file name without {@code .md}: {@code source/_drafts/<name>.md}
 */
public record PublishRequest(Path baseDir, String name) {

    public PublishRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(name, "name");
    }
}
