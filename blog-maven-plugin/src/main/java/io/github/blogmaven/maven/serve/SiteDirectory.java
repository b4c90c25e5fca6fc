package io.github.blogmaven.maven.serve;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The generated site on disk, handing out only what is really inside it. */
final class SiteDirectory {
    private final Path dir;

    SiteDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * The real path of {@code relative} ({@code posts/a.html}, {@code about/}, or {@code ""} for the site
     * itself), or empty when it does not exist, is hidden, or lies outside the site once symbolic links are
     * followed.
     */
    Optional<Path> find(String relative) {
        if (isHidden(relative)) {
            return Optional.empty();
        }
        try {
            // Both real paths are taken per request: a rebuild may replace the whole site directory.
            Path site = dir.toRealPath();
            Path real = site.resolve(relative).toRealPath();
            return real.startsWith(site) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a segment starts with a dot. The output folder keeps files the user puts there, such as a
     * {@code .git/} holding remote credentials; they are not part of the site. {@code .well-known/} is.
     */
    private static boolean isHidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") && !segment.equals(".well-known")) {
                return true;
            }
        }
        return false;
    }
}
