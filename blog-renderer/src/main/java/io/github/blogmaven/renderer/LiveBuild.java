package io.github.blogmaven.renderer;

import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.renderer.internal.build.LiveSiteBuild;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site kept built while its sources change: what a preview server runs. The first {@link #build} writes the
 * whole site as {@link SiteGenerator} does; each later one is told which files changed and rebuilds only what
 * they affect. A saved post body re-renders that post's page, the list pages showing it, the feeds and the
 * sitemap; a new post, a changed title, tag or date, a page, an asset, a template or {@code _config.yml} loads the
 * whole site again, re-rendering only the Markdown that changed. Either way only files whose bytes changed are
 * written, files the site no longer has are deleted, and the output is what a whole build of the same sources
 * writes.
 *
 * <p>A build that fails writes nothing, so the last good site stays in place. The output folder is locked for
 * as long as this is open. One build at a time: not thread-safe.
 */
public final class LiveBuild implements AutoCloseable {
    /**
     * What one build did.
     *
     * @param written the files written, relative to the output folder with {@code /}
     * @param deleted the files deleted
     * @param whole whether the whole site was loaded and rendered again
     * @param rendered how many pages were rendered
     * @param took how long the build took
     */
    public record Result(Set<String> written, Set<String> deleted, boolean whole, int rendered, Duration took) {
        public Result {
            written = Set.copyOf(written);
            deleted = Set.copyOf(deleted);
        }

        /** One line for the log: {@code rebuilt 3 files (1 deleted) in 42 ms}. */
        public String summary() {
            return (whole ? "rebuilt the site: " : "rebuilt ") + written.size() + " file"
                    + (written.size() == 1 ? "" : "s") + " written" + (deleted.isEmpty() ? "" : ", "
                    + deleted.size() + " deleted") + ", " + rendered + " page" + (rendered == 1 ? "" : "s")
                    + " rendered in " + took.toMillis() + " ms";
        }
    }

    private final Path baseDir;
    private final LiveSiteBuild build;
    private boolean built;

    /** A live build of {@code request}; nothing is read or written until the first {@link #build}. */
    public LiveBuild(GenerateRequest request) {
        this.baseDir = request.baseDir().toAbsolutePath().normalize();
        this.build = new LiveSiteBuild(baseDir, site -> SiteGenerator.sourceDir(baseDir, site),
                request.outputDir(), SiteGenerator.userHome(),
                new LoadOptions(request.drafts(), request.future(), request.lenient(), request.now(),
                        SiteGenerator.loadListener(request.listener())),
                request.listener(), request.failOnBrokenLinks());
    }

    /**
     * Brings the output up to date.
     *
     * @param changed the files and folders changed since the last build (absolute, or relative to the base
     *     directory), or null when unknown, which rebuilds the whole site; ignored on the first build
     * @throws GenerateException listing every problem found; nothing was written
     * @throws IOException when reading or writing fails for reasons outside the content
     */
    public Result build(Collection<Path> changed) throws GenerateException, IOException {
        long start = System.nanoTime();
        Set<String> relative = built ? relative(changed) : null;
        LiveSiteBuild.Outcome outcome = build.build(relative);
        built = true;
        return new Result(outcome.written(), outcome.deleted(), outcome.whole(), outcome.rendered(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Releases the output folder. */
    @Override
    public void close() throws IOException {
        build.close();
    }

    /** The changed paths relative to the base directory; null (rebuild everything) if one lies outside it. */
    private Set<String> relative(Collection<Path> changed) {
        if (changed == null) {
            return null;
        }
        Set<String> relative = new TreeSet<>();
        for (Path path : changed) {
            Path absolute = baseDir.resolve(path).toAbsolutePath().normalize();
            if (!absolute.startsWith(baseDir) || absolute.equals(baseDir)) {
                return null;
            }
            relative.add(baseDir.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(),
                    "/"));
        }
        return relative;
    }
}
