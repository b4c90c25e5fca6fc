package io.github.blogmaven.renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The fixture sites under {@code src/test/resources/sites/}, and reading what a build wrote. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The directory of fixture site {@code name}. */
    public static Path site(String name) {
        URL url = Fixtures.class.getResource("/sites/" + name + "/_config.yml");
        if (url == null) {
            throw new IllegalArgumentException("no fixture site " + name);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the output, as UTF-8 text. */
    public static String read(Path outputDir, String path) {
        try {
            return Files.readString(outputDir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code dir}, by relative path, with its bytes. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
