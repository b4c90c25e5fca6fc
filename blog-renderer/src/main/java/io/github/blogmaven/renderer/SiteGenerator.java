package io.github.blogmaven.renderer;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.LoadListener;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.internal.build.SiteBuild;
import io.github.blogmaven.renderer.internal.content.UnrenderableContentException;
import io.github.blogmaven.renderer.internal.markdown.MarkdownOptions;
import io.github.blogmaven.renderer.internal.markdown.MarkdownRenderer;
import io.github.blogmaven.renderer.internal.markdown.MarkdownWarmUp;
import io.github.blogmaven.renderer.internal.output.OutputSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Builds a site: loads the sources, renders every page with the theme, and writes the output directory.
 * Instances hold no state between calls and may be shared between threads.
 *
 * <p>The output directory is never one that holds the blog, its sources or the user's home, nor a non-empty
 * folder blog-maven did not make. The site is built beside it and swapped in only when the whole build
 * succeeded, keeping files the user put there; two builds of one output directory at once fail fast.
 */
public final class SiteGenerator {
    /** The length an automatic excerpt aims for, in characters (a CJK character counts one). */
    private static final int AUTO_EXCERPT_LENGTH = 200;

    /** The user's home folder, which is never built into; {@code null} when unknown. */
    private final Path home;

    public SiteGenerator() {
        this(userHome());
    }

    /** A generator that takes {@code home} for the user's home folder, so tests need not touch the real one. */
    SiteGenerator(Path home) {
        this.home = home;
    }

    /**
     * Builds the site {@code request} describes.
     *
     * @throws GenerateException when the content, configuration or templates have problems (all are listed), or
     *     the output directory is refused: one that holds the blog, its sources or the home folder, a non-empty
     *     folder blog-maven did not make, one another build is writing, or one whose own files the site would
     *     replace
     * @throws IOException when reading or writing files fails for reasons outside the content
     */
    public GenerateResult generate(GenerateRequest request) throws GenerateException, IOException {
        long start = System.nanoTime();
        BuildListener listener = request.listener();
        // Hexo's default is breaks: true; a site that says otherwise gets a renderer of its own after loading.
        MarkdownWarmUp warmUp = MarkdownWarmUp.start(new MarkdownOptions(true, AUTO_EXCERPT_LENGTH));
        Site site;
        try {
            site = SiteLoader.load(request.baseDir(), new LoadOptions(request.drafts(), request.future(),
                    request.lenient(), request.now(), loadListener(listener)));
        } catch (ContentException e) {
            throw new GenerateException(e.problems());
        }
        MarkdownRenderer markdown =
                warmUp.renderer(new MarkdownOptions(site.config().markdownBreaks(), AUTO_EXCERPT_LENGTH));
        SiteBuild.Outcome outcome;
        try {
            outcome = build(request, site, markdown);
        } catch (UnrenderableContentException e) {
            if (!request.lenient()) {
                throw e;
            }
            // Markdown too complex to render shows only while the pages are written; lenient mode leaves those
            // files out like the ones the loader refused, and builds the rest again from an empty staging folder.
            e.problems().forEach(problem -> listener.warn(problem.toString()));
            listener.warn(e.lenientSummary());
            outcome = build(request, SiteLoader.leaveOut(site, e.sources()), markdown);
        }
        GenerateResult result = new GenerateResult(request.outputDir(), outcome.pages(), outcome.assetsCopied(),
                Duration.ofNanos(System.nanoTime() - start));
        listener.info(result.summary());
        return result;
    }

    private SiteBuild.Outcome build(GenerateRequest request, Site site, MarkdownRenderer markdown)
            throws GenerateException, IOException {
        try (OutputSession output = OutputSession.open(request.baseDir(), sourceDir(request.baseDir(), site),
                request.outputDir(), home, request.listener())) {
            SiteBuild.Outcome outcome = new SiteBuild(site, output, request.listener(), markdown::renderInPlace,
                    request.failOnBrokenLinks()).run();
            output.commit();
            return outcome;
        }
    }

    static LoadListener loadListener(BuildListener listener) {
        return new LoadListener() {
            @Override
            public void info(String message) {
                listener.info(message);
            }

            @Override
            public void warn(String message) {
                listener.warn(message);
            }
        };
    }

    /** The blog's {@code source_dir}, as Hexo reads it: {@code source} unless the configuration names another. */
    static Path sourceDir(Path baseDir, Site site) {
        return baseDir.resolve(site.config().sourceDir());
    }

    static Path userHome() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }
}
