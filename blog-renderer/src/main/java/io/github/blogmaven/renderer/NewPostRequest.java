package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A new post, draft or page to write from a scaffold, as {@code hexo new [layout] <title> [-s slug]} does.
 *
 * @param baseDir the blog's directory, holding {@code _config.yml}, {@code source/} and {@code scaffolds/}
 * @param title the title, written into the front matter as it is
 * @param layout {@code post}, {@code draft}, {@code page} or another layout with a scaffold of its own
 * @param slug the name of the file (or, for a page, of its folder), or {@code null} to derive it from the title;
 *     it is slugized in both cases
 * @param now the instant written as {@code date}, in the site's time zone
 */
public record NewPostRequest(Path baseDir, String title, String layout, String slug, Instant now) {

    public NewPostRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(now, "now");
        layout = layout == null || layout.isBlank() ? "post" : layout.strip();
        slug = slug == null || slug.isBlank() ? null : slug;
    }

    /** A post with this title, named after it, dated now. */
    public static NewPostRequest of(Path baseDir, String title) {
        return new NewPostRequest(baseDir, title, "post", null, Instant.now());
    }
}
