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
import java.io.IOException;
import java.time.Duration;

/**
 * Builds a site: loads the sources, renders every page with the theme, and writes the output directory.
 * Instances hold no state between calls and may be shared between threads.
 */
public final class SiteGenerator {
    /** The length an automatic excerpt aims for, in characters (a CJK character counts one). */
    private static final int AUTO_EXCERPT_LENGTH = 200;

    /**
     * Builds the site {@code request} describes.
     *
     * @throws GenerateException when the content, configuration or templates have problems; all are listed
     * @throws IOException when reading or writing files fails for reasons outside the content
     */
    public GenerateResult generate(GenerateRequest request) throws GenerateException, IOException {
        long start = System.nanoTime();
        BuildListener listener = request.listener();
        Site site;
        try {
            site = SiteLoader.load(request.baseDir(), new LoadOptions(request.drafts(), request.future(),
                    request.lenient(), request.now(), loadListener(listener)));
        } catch (ContentException e) {
            throw new GenerateException(e.problems());
        }
        MarkdownRenderer markdown =
                new MarkdownRenderer(new MarkdownOptions(site.config().markdownBreaks(), AUTO_EXCERPT_LENGTH));
        SiteBuild.Outcome outcome;
        try {
            outcome = new SiteBuild(site, request.outputDir(), listener, markdown::render).run();
        } catch (UnrenderableContentException e) {
            if (!request.lenient()) {
                throw e;
            }
            // Markdown too complex to render shows only now; lenient mode leaves those files out like bad ones.
            e.problems().forEach(problem -> listener.warn(problem.toString()));
            listener.warn(e.lenientSummary());
            Site rest = SiteLoader.leaveOut(site, e.sources());
            outcome = new SiteBuild(rest, request.outputDir(), listener, markdown::render).run();
        }
        GenerateResult result = new GenerateResult(request.outputDir(), outcome.pages(), outcome.assetsCopied(),
                Duration.ofNanos(System.nanoTime() - start));
        listener.info(result.summary());
        return result;
    }

    private static LoadListener loadListener(BuildListener listener) {
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
}
