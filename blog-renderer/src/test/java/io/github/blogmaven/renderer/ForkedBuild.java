package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Builds one site and exits: {@code ForkedBuild <baseDir> <outputDir> <now>}. Run in a child JVM by
 * {@link ForkedDeterminismTest} with another default time zone, locale and charset, which a test must never set
 * in its own JVM.
 */
public final class ForkedBuild {
    private ForkedBuild() {
    }

    public static void main(String[] args) throws Exception {
        GenerateRequest request = GenerateRequest.of(Path.of(args[0]), Path.of(args[1]))
                .withNow(Instant.parse(args[2]));
        try {
            new SiteGenerator().generate(request);
        } catch (GenerateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
