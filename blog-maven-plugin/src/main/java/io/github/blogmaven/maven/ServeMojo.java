package io.github.blogmaven.maven;

import io.github.blogmaven.maven.serve.PreviewSession;
import io.github.blogmaven.maven.serve.SourceWatcher;
import io.github.blogmaven.renderer.GenerateRequest;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Previews the blog while you write, as {@code hexo server} does, with live reload: builds it with drafts and
 * future posts (a draft shows a badge), serves it on {@code http://127.0.0.1:4000/}, and on every save rebuilds
 * what the change affects and reloads the browser tabs showing it (a stylesheet is swapped without a reload). A
 * content error shows over the page, naming the file and line, while the last good site stays served. Runs until
 * Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractMojo {

    /** The blog's directory: the one holding {@code _config.yml} and {@code source/}. */
    @Parameter(property = PropertyNames.BASE_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    private File baseDirectory;

    /**
     * Where the preview is built, apart from {@code blog:generate}'s output, so drafts never end up in the site
     * you publish.
     */
    @Parameter(property = PropertyNames.SERVE_DIRECTORY, defaultValue = "${project.build.directory}/blog-serve",
            required = true)
    private File serveDirectory;

    /** The port, Hexo's by default; 0 picks a free one. */
    @Parameter(property = PropertyNames.PORT, defaultValue = "4000")
    private int port;

    /**
     * The address to listen on. The preview is for you alone, so only this machine can reach it by default; any
     * other address (such as {@code 0.0.0.0}) opens it to the network, with a warning.
     */
    @Parameter(property = PropertyNames.HOST, defaultValue = "127.0.0.1")
    private String host;

    /** Show drafts, each with a "draft" badge. */
    @Parameter(property = PropertyNames.DRAFTS, defaultValue = "true")
    private boolean drafts;

    /** Show posts dated in the future. */
    @Parameter(property = PropertyNames.FUTURE, defaultValue = "true")
    private boolean future;

    /**
     * Treat a link to a path of the site that was not written as an error shown over the page, as
     * {@code blog:generate} fails on it. When false, each is a warning in the log.
     */
    @Parameter(property = PropertyNames.FAIL_ON_BROKEN_LINKS, defaultValue = "true")
    private boolean failOnBrokenLinks;

    @Override
    public void execute() throws MojoExecutionException {
        GenerateRequest request = GenerateRequest.of(baseDirectory.toPath(), serveDirectory.toPath())
                .withDrafts(drafts)
                .withFuture(future)
                .withFailOnBrokenLinks(failOnBrokenLinks)
                .withListener(new MavenBuildListener(getLog()));
        getLog().info(Messages.generating(request.baseDir(), request.outputDir()));
        PreviewSession session;
        try {
            session = PreviewSession.start(new PreviewSession.Options(request, host, port,
                    SourceWatcher.Settings.DEFAULT));
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.serveFailure(host, port, e), e);
        }
        // Ctrl-C ends the JVM; the hook stops the watcher and the server, freeing the port, and releases the
        // preview folder.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            session.close();
            stopped.countDown();
        }, "blog-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info(Messages.serving(session.uri()));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            session.close();
        }
    }
}
