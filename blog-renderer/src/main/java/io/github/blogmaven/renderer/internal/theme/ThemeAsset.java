package io.github.blogmaven.renderer.internal.theme;

import java.nio.file.Path;

/**
 * A static file of the theme, copied to the output as it is.
 *
 * @param path the output path relative to the site root ({@code css/style.css})
 * @param file the file of the site's theme, or null for a built-in one
 * @param resource the class-path resource of a built-in file, or null
 */
public record ThemeAsset(String path, Path file, String resource) {
    /** Where it comes from, for messages. */
    public String origin() {
        return file != null ? file.toString() : "built-in theme " + path;
    }
}
