package io.github.blogmaven.renderer;

import java.io.IOException;

/**
 * Builds a site: loads the sources, renders every page with the theme, and writes the output directory.
 * Instances hold no state between calls and may be shared between threads.
 */
public final class SiteGenerator {

    /**
     * Builds the site {@code request} describes.
     *
     * @throws GenerateException when the content, configuration or templates have problems; all are listed
     * @throws IOException when reading or writing files fails for reasons outside the content
     */
    public GenerateResult generate(GenerateRequest request) throws GenerateException, IOException {
        throw new UnsupportedOperationException("implemented by the renderer");
    }
}
