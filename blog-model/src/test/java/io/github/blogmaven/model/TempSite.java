package io.github.blogmaven.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A throwaway Hexo project in a temporary directory, written file by file from a test. */
public final class TempSite {
    /** The instant tests treat as "now": 2024-06-01T00:00:00Z. */
    public static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    /** The modification time given to every file unless a test sets another. */
    public static final Instant MTIME = Instant.parse("2020-01-02T03:04:05Z");

    private final Path dir;
    private final List<String> log = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final LoadListener listener = new LoadListener() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add(message);
            warnings.add(message);
        }
    };

    public TempSite(Path dir) {
        this.dir = dir;
    }

    /** A site with this {@code _config.yml}. */
    public static TempSite withConfig(Path dir, String config) {
        return new TempSite(dir).file("_config.yml", config);
    }

    public Path dir() {
        return dir;
    }

    public TempSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TempSite bytes(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(MTIME));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TempSite modified(String path, Instant instant) {
        try {
            Files.setLastModifiedTime(dir.resolve(path), FileTime.from(instant));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Site load() throws ContentException, IOException {
        return load(false, false);
    }

    public Site load(boolean includeDrafts, boolean includeFuture) throws ContentException, IOException {
        return SiteLoader.load(dir, new LoadOptions(includeDrafts, includeFuture, NOW, listener));
    }

    /** Loads in lenient mode: files with problems are left out, each problem a warning. */
    public Site loadLenient() throws ContentException, IOException {
        return SiteLoader.load(dir, new LoadOptions(false, false, true, NOW, listener));
    }

    /** The problems of a site expected not to load. */
    public List<ContentProblem> problems() throws IOException {
        try {
            load();
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("expected the site not to load");
    }

    /** Every message, informational or warning, in order. */
    public List<String> log() {
        return log;
    }

    /** The warnings only, in order. */
    public List<String> warnings() {
        return warnings;
    }
}
