package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a build's files below one directory. Every path is resolved, normalised and checked, so no content
 * can make the build write outside the output directory. Safe to call from many threads at once (each path is
 * written by one thread).
 *
 * <p>All writing goes through this class so that a later version can write into a staging directory and swap
 * it in when the build succeeds. It deletes nothing.
 */
public final class OutputWriter {
    private final Path root;

    public OutputWriter(Path outputDir) {
        this.root = Objects.requireNonNull(outputDir, "outputDir").toAbsolutePath().normalize();
    }

    /** The output directory, absolute and normalised. */
    public Path root() {
        return root;
    }

    /**
     * The file a path relative to the site root is written to.
     *
     * @throws IOException when the path is absolute or would leave the output directory
     */
    public Path resolve(String path) throws IOException {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.indexOf('\0') >= 0) {
            throw new IOException("refusing to write '" + path + "': not a path relative to the output directory");
        }
        Path target;
        try {
            target = root.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IOException("refusing to write '" + path + "': " + e.getMessage(), e);
        }
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write '" + path + "': it is outside the output directory " + root);
        }
        return target;
    }

    /** Writes {@code bytes} to {@code path}, creating its directories and replacing what was there. */
    public void write(String path, byte[] bytes) throws IOException {
        Path target = prepare(path);
        Files.write(target, bytes);
    }

    /** Copies {@code source} to {@code path}, replacing what was there. */
    public void copy(Path source, String path) throws IOException {
        Path target = prepare(path);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies a class-path resource to {@code path}, replacing what was there. */
    public void copyResource(String resource, String path) throws IOException {
        Path target = prepare(path);
        try (InputStream in = OutputWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path prepare(String path) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        return target;
    }
}
