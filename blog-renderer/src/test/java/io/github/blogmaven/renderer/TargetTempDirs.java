package io.github.blogmaven.renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Makes every {@code @TempDir} below {@code target/junit-tmp/} instead of the shared system temp folder: a build
 * keeps its lock file beside its output folder, so a test whose output is a {@code @TempDir} would otherwise
 * leave one in {@code /tmp}. Set as the default in {@code junit-platform.properties}.
 */
public final class TargetTempDirs implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "junit-tmp").toAbsolutePath());
        return Files.createTempDirectory(parent, "junit-");
    }
}
