package io.github.blogmaven.maven;

import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.SiteGenerator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the Hexo-layout blog in {@code baseDirectory} (its {@code _config.yml}, {@code source/} and
 * {@code scaffolds/}) into a static site in {@code outputDirectory}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractMojo {

    /** The blog's directory: the one holding {@code _config.yml} and {@code source/}. */
    @Parameter(property = PropertyNames.BASE_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    private File baseDirectory;

    /**
     * Where the generated site is written. It must be a folder of its own: the blog's folder, its source folder,
     * a folder holding them and the home folder are refused, and so is a non-empty folder that blog-maven did not
     * make. Files you add there after a build (a {@code CNAME}, a {@code .git/}) are kept; files an earlier build
     * wrote and this one does not are removed. A failed build leaves the folder as it was.
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/blog",
            required = true)
    private File outputDirectory;

    /** Build the posts in {@code source/_drafts} too, as {@code render_drafts: true} does. */
    @Parameter(property = PropertyNames.DRAFTS, defaultValue = "false")
    private boolean drafts;

    /** Build posts dated in the future too, even when {@code _config.yml} says {@code future: false}. */
    @Parameter(property = PropertyNames.FUTURE, defaultValue = "false")
    private boolean future;

    /**
     * Report content problems as warnings, leave out the files that have them and build the rest. By default
     * any problem fails the build.
     */
    @Parameter(property = PropertyNames.LENIENT, defaultValue = "false")
    private boolean lenient;

    /**
     * Fail when a page links to, or shows an image from, a path of the site that was not written. When false,
     * each broken link is a warning naming the source file and line.
     */
    @Parameter(property = PropertyNames.FAIL_ON_BROKEN_LINKS, defaultValue = "true")
    private boolean failOnBrokenLinks;

    /** Do nothing, for example to save time in a build that only runs tests. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Messages.SKIPPED);
            return;
        }
        GenerateRequest request = toRequest(new MavenBuildListener(getLog()));
        getLog().info(Messages.generating(request.baseDir(), request.outputDir()));
        try {
            // The generator's own summary line (pages by kind, assets, time) ends the log.
            new SiteGenerator().generate(request);
        } catch (GenerateException e) {
            throw ContentFailures.logged(getLog(), e.problems());
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.ioFailure(e), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(Messages.ioFailure(e.getCause()), e);
        }
    }

    /** The one request this execution's parameters describe. */
    GenerateRequest toRequest(BuildListener listener) {
        return GenerateRequest.of(baseDirectory.toPath(), outputDirectory.toPath())
                .withDrafts(drafts)
                .withFuture(future)
                .withLenient(lenient)
                .withFailOnBrokenLinks(failOnBrokenLinks)
                .withListener(listener);
    }
}
