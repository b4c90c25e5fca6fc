package io.github.blogmaven.renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A blog written into a temporary folder by a test, file by file, then built with {@link SiteGenerator}: for
 * cases too small, or too hostile, to keep as fixture sites.
 */
final class TestBlog {
    final Path base;
    final Path output;
    final List<String> warnings = new ArrayList<>();

    private TestBlog(Path base, Path output) {
        this.base = base;
        this.output = output;
    }

    /** A blog in {@code dir}/blog built into {@code dir}/out, with a plain {@code _config.yml}. */
    static TestBlog in(Path dir) {
        return new TestBlog(dir.resolve("blog"), dir.resolve("out"))
                .file("_config.yml", "title: Test\nurl: https://example.com\ntimezone: UTC\n");
    }

    /** Writes {@code text} to {@code path} under the blog, creating folders. */
    TestBlog file(String path, String text) {
        try {
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends lines to {@code _config.yml}. */
    TestBlog config(String yaml) {
        try {
            Files.writeString(base.resolve("_config.yml"), yaml + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post in {@code source/_posts/}, dated 2020-01-01. */
    TestBlog post(String name, String title, String body) {
        return file("source/_posts/" + name, "---\ntitle: " + title + "\ndate: 2020-01-01 00:00:00\n---\n" + body);
    }

    /** A template of theme {@code evil}, which the blog then uses. */
    TestBlog layout(String name, String template) {
        try {
            if (!Files.readString(base.resolve("_config.yml")).contains("theme: evil")) {
                config("theme: evil");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file("themes/evil/layout/" + name, template);
    }

    /** Builds the blog, collecting warnings. */
    GenerateResult build() throws GenerateException, IOException {
        return build(GenerateRequest.of(base, output));
    }

    GenerateResult build(GenerateRequest request) throws GenerateException, IOException {
        return new SiteGenerator().generate(request.withListener(new BuildListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                synchronized (warnings) {
                    warnings.add(message);
                }
            }
        }));
    }

    /** A file the build wrote, as text. */
    String read(String path) {
        return Fixtures.read(output, path);
    }
}
