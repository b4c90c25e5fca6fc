package io.github.blogmaven.maven.serve;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.LiveBuild;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The writing loop: builds the site, serves it with {@link DevServer}, watches the sources with
 * {@link SourceWatcher}, and on every batch of changes rebuilds what they affect ({@link LiveBuild}) and tells the
 * open tabs which files changed. A failed build leaves the last good site served and shows its problems over every
 * page until a later build succeeds; the session goes on whatever the content does.
 */
public final class PreviewSession implements AutoCloseable {
    /**
     * How to preview.
     *
     * @param request the blog and the folder the preview is built into (drafts and future posts as wished)
     * @param host the address to listen on
     * @param port the port; 0 for any free one
     * @param watch how file changes are batched
     */
    public record Options(GenerateRequest request, String host, int port, SourceWatcher.Settings watch) {
    }

    private final LiveBuild live;
    private final BuildListener log;
    private DevServer server;
    private SourceWatcher watcher;

    private PreviewSession(LiveBuild live, BuildListener log) {
        this.live = live;
        this.log = log;
    }

    /**
     * Builds the site and starts serving and watching it. A site that fails to build is no reason not to start:
     * the tabs show the problems until a save fixes them.
     *
     * @throws IOException when the server cannot listen or the sources cannot be watched
     */
    public static PreviewSession start(Options options) throws IOException {
        GenerateRequest request = options.request();
        PreviewSession session = new PreviewSession(new LiveBuild(request), request.listener());
        try {
            // Serving and watching start first, so a save during a long first build is not missed; until the
            // first build is done, the folder shows what it had.
            Files.createDirectories(request.outputDir());
            SiteConfig config = config(request.baseDir());
            session.server = DevServer.start(new DevServer.Options(request.outputDir(), options.host(),
                    options.port(), config == null ? "/" : config.root(), request.listener()));
            session.watcher = SourceWatcher.start(roots(request.baseDir(), config), options.watch(),
                    session::rebuild, request.listener());
            session.rebuild(new SourceWatcher.Changes(Set.of(), true));
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Where the site is served: {@code http://127.0.0.1:4000/}. */
    public URI uri() {
        return server.uri();
    }

    /** Stops watching and serving, and releases the output folder. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        try {
            live.close();
        } catch (IOException e) {
            log.warn("could not release the preview folder: " + e.getMessage());
        }
    }

    /** Rebuilds after {@code changes}; everything when events were lost. One rebuild at a time. */
    private synchronized void rebuild(SourceWatcher.Changes changes) {
        List<DevServer.Problem> problems = build(changes.overflow() ? null : changes.paths());
        if (problems != null) {
            server.showProblems(problems);
        }
    }

    /**
     * Builds, logging the outcome, and on success tells the tabs what changed.
     *
     * @return the problems of a failed build, or null when it succeeded
     */
    private List<DevServer.Problem> build(Set<Path> changed) {
        try {
            LiveBuild.Result result = live.build(changed);
            log.info(result.summary());
            server.clearProblems();
            Set<String> files = new TreeSet<>(result.written());
            files.addAll(result.deleted());
            if (!files.isEmpty()) {
                server.siteChanged(files);
            }
            return null;
        } catch (GenerateException e) {
            List<DevServer.Problem> problems = new ArrayList<>();
            for (ContentProblem problem : e.problems()) {
                log.warn(problem.toString());
                String message = (problem.key() == null ? "" : "key '" + problem.key() + "': ") + problem.message()
                        + (problem.hint() == null ? "" : " (" + problem.hint() + ")");
                problems.add(new DevServer.Problem(problem.path(), problem.line(), problem.column(), message));
            }
            log.warn("the preview keeps showing the last good site until this is fixed");
            return problems;
        } catch (IOException | RuntimeException e) {
            log.warn("the rebuild failed: " + e);
            return List.of(new DevServer.Problem(null, 0, 0, "the rebuild failed: " + e));
        }
    }

    private static SiteConfig config(Path baseDir) {
        try {
            return SiteLoader.loadConfig(baseDir);
        } catch (ContentException | IOException e) {
            return null;
        }
    }

    /**
     * What Hexo's server watches: {@code _config.yml} and the theme's {@code _config.<theme>.yml} beside it, the
     * source folder, scaffolds and themes. Never the whole blog folder, which holds the output.
     */
    static List<Path> roots(Path baseDir, SiteConfig config) throws IOException {
        List<Path> roots = new ArrayList<>();
        roots.add(baseDir.resolve("_config.yml"));
        try (DirectoryStream<Path> configs = Files.newDirectoryStream(baseDir, "_config.*.yml")) {
            configs.forEach(roots::add);
        }
        roots.add(baseDir.resolve(config == null ? "source" : config.sourceDir()));
        roots.add(baseDir.resolve("scaffolds"));
        roots.add(baseDir.resolve("themes"));
        return roots;
    }
}
