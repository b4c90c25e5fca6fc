package io.github.blogmaven.renderer;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.internal.markdown.MarkdownOptions;
import io.github.blogmaven.renderer.internal.markdown.MarkdownRenderer;
import io.github.blogmaven.renderer.internal.markdown.MarkdownSource;
import io.github.blogmaven.renderer.internal.markdown.MarkdownTooComplexException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the fuzz tests feed their inputs to, and what they accept back. The loader may only answer with a
 * {@link ContentException} whose problems are well formed, the Markdown renderer only with a
 * {@link MarkdownTooComplexException}, the generator only with a {@link GenerateException}; anything else
 * (a {@code NullPointerException}, a {@code StackOverflowError}, an {@code IllegalStateException}) is a bug,
 * thrown on for the fuzzer or the test to report. One instance per thread: it reuses one scratch site.
 */
final class FuzzTargets {
    static final String POST = "source/_posts/fuzz.md";
    private static final String CONFIG = "timezone: Asia/Shanghai\nurl: https://fuzz.example.com\n"
            + "permalink: :year/:month/:category/:title/\npermalink_defaults: {lang: en}\npost_asset_folder: true\n"
            + "category_map: {C++: c-plus-plus}\ntag_map: {'..': dots}\n";
    private static final String FIXED_POST = "---\ntitle: Fixed\ndate: 2024-01-01\ntags: [a]\n---\nFixed body.\n";
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private final Path base;
    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(true, 200));

    FuzzTargets() {
        try {
            // Beside the other test folders (see TargetTempDirs): a build leaves its lock file next to its output.
            Path parent = Files.createDirectories(Path.of("target", "junit-tmp").toAbsolutePath());
            this.base = Files.createTempDirectory(parent, "fuzz-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(base)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bytes} as a post of a fixed site: loaded strictly and leniently, then its Markdown rendered. */
    void frontMatterAndMarkdown(byte[] bytes) throws IOException {
        write("_config.yml", CONFIG.getBytes(StandardCharsets.UTF_8));
        write(POST, bytes);
        Site strict = null;
        try {
            strict = SiteLoader.load(base, options(false));
        } catch (ContentException e) {
            checkProblems(e.problems());
        }
        // The configuration is valid, so a lenient load never fails; it leaves the post out exactly when strict
        // loading found a problem in it.
        Site lenient;
        try {
            lenient = SiteLoader.load(base, options(true));
        } catch (ContentException e) {
            throw new AssertionError("a lenient load failed with a valid configuration: " + e.getMessage(), e);
        }
        int expected = strict == null ? 0 : strict.posts().size();
        if (lenient.posts().size() != expected) {
            throw new AssertionError("lenient mode kept " + lenient.posts().size() + " posts where strict mode had "
                    + expected);
        }
        for (Post post : lenient.posts()) {
            render(post.body(), post.source().relativePath());
        }
        for (Page page : lenient.pages()) {
            render(page.body(), page.source().relativePath());
        }
    }

    /** {@code bytes} as {@code _config.yml} of a site with one fixed post. */
    void configuration(byte[] bytes) throws IOException {
        write("_config.yml", bytes);
        write(POST, FIXED_POST.getBytes(StandardCharsets.UTF_8));
        for (boolean lenient : new boolean[] {false, true}) {
            try {
                SiteLoader.load(base, options(lenient));
            } catch (ContentException e) {
                checkProblems(e.problems());
            }
        }
    }

    /** {@code bytes} as a post of a fixed site, built by the whole generator into a scratch folder. */
    void wholeSite(byte[] bytes) throws IOException {
        write("_config.yml", CONFIG.getBytes(StandardCharsets.UTF_8));
        write(POST, bytes);
        Path out = base.resolve("public");
        for (boolean lenient : new boolean[] {false, true}) {
            try {
                new SiteGenerator().generate(GenerateRequest.of(base, out).withNow(NOW).withLenient(lenient)
                        .withFailOnBrokenLinks(false));
            } catch (GenerateException e) {
                if (lenient) {
                    throw new AssertionError("a lenient build failed with a valid configuration and theme: "
                            + e.getMessage(), e);
                }
                checkProblems(e.problems());
            }
        }
    }

    private void render(Body body, String path) {
        String text;
        try {
            text = body.text();
        } catch (ContentException e) {
            throw new AssertionError("the body of " + path + " could not be read: " + e.getMessage(), e);
        }
        try {
            markdown.render(new MarkdownSource(text, path, body.line(), null));
        } catch (MarkdownTooComplexException e) {
            if (!path.equals(e.sourcePath()) || body.line() != e.firstLine()) {
                throw new AssertionError("the exception names the wrong place: " + e.getMessage(), e);
            }
        }
    }

    private static LoadOptions options(boolean lenient) {
        return new LoadOptions(false, false, lenient, NOW, message -> { });
    }

    /** A problem must say where, what and how to fix it, on one line, in words rather than Java. */
    static void checkProblems(List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            throw new AssertionError("an exception without problems");
        }
        for (ContentProblem problem : problems) {
            String text = problem.toString();
            if (problem.line() < 0 || problem.column() < 0 || problem.line() == 0 && problem.column() != 0
                    || problem.message().isBlank() || problem.hint() == null || problem.hint().isBlank()
                    || text.contains("\n") || text.contains("Exception") || text.contains("\tat ")) {
                throw new AssertionError("a malformed problem: " + text);
            }
        }
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a scratch folder under target/, which the next clean removes
        }
    }
}
