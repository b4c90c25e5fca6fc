package io.github.blogmaven.renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fixture sites copied where a test may change them, and what a folder holds. */
final class ScratchSites {
    private ScratchSites() {
    }

    /** A copy of fixture site {@code name} at {@code to}. */
    static Path copy(String name, Path to) throws IOException {
        Path from = Fixtures.site(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    /** The names in {@code dir}, sorted, hidden ones included. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
