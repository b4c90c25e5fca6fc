package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A live build gives, after any sequence of edits, the site a clean build gives")
class LiveBuildTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String TEMPLATE = """
            <#import "base.ftlh" as base>
            <@base.layout title=post.title canonical=post.permalink kind="post">
            <article><h1>VERSION ${post.title}</h1>${post.content}<#include "parts/signature.ftlh"></article>
            </@base.layout>
            """;
    private static final List<String> TAGS = List.of("java", "maven", "博客", "Hexo", "性能", "css");
    private static final List<String> CATEGORIES = List.of("技术", "生活", "[技术, Java]", "[读书, 小说]");

    @TempDir(factory = TargetTempDirs.class)
    Path temp;

    private Path blog;
    private Path liveOut;
    private SplittableRandom random;
    private int created;

    @BeforeEach
    void blog() throws IOException {
        blog = temp.resolve("blog");
        liveOut = temp.resolve("live");
        ScratchSites.copy("sample", blog);
        String config = Files.readString(blog.resolve("_config.yml"), StandardCharsets.UTF_8);
        Files.writeString(blog.resolve("_config.yml"), config + "\ntheme: t\n", StandardCharsets.UTF_8);
        write("themes/t/layout/post.ftlh", TEMPLATE.replace("VERSION", "v1"));
        write("themes/t/layout/parts/signature.ftlh", "<p class=\"signature\">signed v1</p>");
        random = new SplittableRandom(20261126);
        for (int i = 0; i < 14; i++) {
            addPost();
        }
    }

    @Test
    @DisplayName("saving a body rewrites that post's page and the lists, feeds and sitemap showing it, nothing else")
    void bodyEdit() throws Exception {
        try (LiveBuild live = new LiveBuild(request(liveOut))) {
            live.build(null);
            Path post = blog.resolve("source/_posts/generated-3.md");
            append(post, "\nA new closing paragraph.\n");
            LiveBuild.Result result = live.build(List.of(post));
            assertFalse(result.whole(), "a body edit must not rebuild the whole site");
            assertTrue(result.written().stream().anyMatch(path -> path.startsWith("posts/")), result.written().toString());
            long postPages = result.written().stream().filter(path -> path.startsWith("posts/")).count();
            assertEquals(1, postPages, "only the edited post's page: " + result.written());
            assertTrue(Files.readString(liveOut.resolve(result.written().stream()
                    .filter(path -> path.startsWith("posts/")).findFirst().orElseThrow()))
                    .contains("A new closing paragraph."));
            assertSameAsCleanBuild();
        }
    }

    @Test
    @DisplayName("editing a template re-renders the pages using it, through includes, and no others")
    void templateEdit() throws Exception {
        try (LiveBuild live = new LiveBuild(request(liveOut))) {
            live.build(null);
            Path signature = write("themes/t/layout/parts/signature.ftlh", "<p class=\"signature\">signed v2</p>");
            LiveBuild.Result result = live.build(List.of(signature));
            assertFalse(result.whole(), "a template edit must not reload the site");
            long posts;
            try (Stream<Path> files = Files.list(blog.resolve("source/_posts"))) {
                posts = files.filter(file -> file.toString().endsWith(".md")).count();
            }
            assertEquals(posts, result.rendered(), "the post pages, and only they, use post.ftlh");
            assertTrue(result.written().stream().allMatch(path -> path.startsWith("posts/")), result.written().toString());
            assertSameAsCleanBuild();
        }
    }

    @Test
    @DisplayName("random edits of bodies, titles, tags, dates, files, pages, assets, the configuration and a template")
    void randomEdits() throws Exception {
        try (LiveBuild live = new LiveBuild(request(liveOut))) {
            live.build(null);
            assertSameAsCleanBuild();
            List<String> log = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
                Set<Path> changed = apply(edit);
                log.add(edit + " " + changed.stream().map(p -> blog.relativize(p).toString())
                        .collect(Collectors.joining(",")));
                LiveBuild.Result result = live.build(changed);
                if (edit == Edit.BODY) {
                    assertFalse(result.whole(), "a body edit took the whole-site path: " + log);
                }
                assertSameAsCleanBuild(log);
            }
        }
    }

    @Test
    @DisplayName("a new site title reaches the header of every page, which the theme renders once per theme")
    void siteTitleInEveryHeader() throws Exception {
        try (LiveBuild live = new LiveBuild(request(liveOut))) {
            live.build(null);
            Path config = blog.resolve("_config.yml");
            String text = Files.readString(config, StandardCharsets.UTF_8);
            Files.writeString(config, text.replaceFirst("(?m)^title: .*$", "title: 新的标题"), StandardCharsets.UTF_8);
            live.build(Set.of(config));
            assertSameAsCleanBuild();
            assertTrue(Files.readString(liveOut.resolve("index.html"), StandardCharsets.UTF_8)
                    .contains("<a class=\"site-title\" href=\"/\">新的标题</a>"));
        }
    }

    @Test
    @DisplayName("a broken file fails the rebuild and leaves the last good site; fixing it recovers")
    void failureKeepsLastGoodSite() throws Exception {
        try (LiveBuild live = new LiveBuild(request(liveOut))) {
            live.build(null);
            Map<String, byte[]> good = Fixtures.snapshot(liveOut);
            Path post = blog.resolve("source/_posts/generated-1.md");
            String text = Files.readString(post, StandardCharsets.UTF_8);
            Files.writeString(post, text.replaceFirst("title: ", "title: [unclosed "), StandardCharsets.UTF_8);
            GenerateException failure = assertThrows(GenerateException.class, () -> live.build(List.of(post)));
            assertTrue(failure.getMessage().contains("generated-1.md"), failure.getMessage());
            assertEquals(same(good), same(Fixtures.snapshot(liveOut)));

            write("themes/t/layout/post.ftlh", "<#if>broken");
            Files.writeString(post, text, StandardCharsets.UTF_8);
            assertThrows(GenerateException.class, () -> live.build(List.of(post,
                    blog.resolve("themes/t/layout/post.ftlh"))));
            assertEquals(same(good), same(Fixtures.snapshot(liveOut)));

            write("themes/t/layout/post.ftlh", TEMPLATE.replace("VERSION", "v3"));
            live.build(List.of(blog.resolve("themes/t/layout/post.ftlh")));
            assertSameAsCleanBuild();
        }
    }

    private enum Edit { BODY, TITLE, TAGS, DATE, ADD, DELETE, RENAME, PAGE, ASSET, CONFIG, TEMPLATE }

    private Set<Path> apply(Edit edit) throws IOException {
        List<Path> posts = posts();
        Path post = posts.get(random.nextInt(posts.size()));
        switch (edit) {
            case BODY -> append(post, "\nParagraph " + random.nextInt(1000) + " 的正文。\n");
            case TITLE -> replaceLine(post, "title: ", "title: 标题 " + random.nextInt(1000));
            case TAGS -> replaceLine(post, "tags: ", "tags: " + tags());
            case DATE -> replaceLine(post, "date: ", "date: " + date());
            case ADD -> {
                return Set.of(addPost());
            }
            case DELETE -> {
                if (posts.size() > 3) {
                    Files.delete(post);
                }
            }
            case RENAME -> {
                Path renamed = post.resolveSibling("renamed-" + (++created) + ".md");
                Files.move(post, renamed);
                return Set.of(post, renamed);
            }
            case PAGE -> {
                Path about = blog.resolve("source/about/index.md");
                append(about, "\nMore about me " + random.nextInt(1000) + ".\n");
                return Set.of(about);
            }
            case ASSET -> {
                Path asset = blog.resolve("source/files/note-" + random.nextInt(3) + ".txt");
                if (Files.exists(asset)) {
                    Files.delete(asset);
                } else {
                    write(blog.relativize(asset).toString(), "note " + random.nextInt(1000));
                }
                return Set.of(asset);
            }
            case CONFIG -> {
                Path config = blog.resolve("_config.yml");
                String text = Files.readString(config, StandardCharsets.UTF_8);
                // the site's title is in every page's header, which the theme renders once per theme
                String edited = random.nextBoolean()
                        ? text.replaceFirst("per_page: \\d+", "per_page: " + (2 + random.nextInt(4)))
                        : text.replaceFirst("(?m)^title: .*$", "title: 示例博客 " + random.nextInt(1000));
                Files.writeString(config, edited, StandardCharsets.UTF_8);
                return Set.of(config);
            }
            case TEMPLATE -> {
                if (random.nextBoolean()) {
                    return Set.of(write("themes/t/layout/parts/signature.ftlh",
                            "<p class=\"signature\">signed v" + random.nextInt(1000) + "</p>"));
                }
                return Set.of(write("themes/t/layout/post.ftlh",
                        TEMPLATE.replace("VERSION", "v" + random.nextInt(1000))));
            }
        }
        return Set.of(post);
    }

    private Path addPost() throws IOException {
        int n = ++created;
        String text = "---\ntitle: 生成的文章 " + n + "\ndate: " + date() + "\ntags: " + tags() + "\ncategories: "
                + CATEGORIES.get(random.nextInt(CATEGORIES.size())) + "\n---\n\n第 " + n + " 篇文章的摘要。\n\n"
                + (random.nextBoolean() ? "<!-- more -->\n\n" : "") + "## 正文\n\nBody of post " + n
                + ", linking [the about page](/about/).\n";
        return write("source/_posts/generated-" + n + ".md", text);
    }

    private String tags() {
        List<String> chosen = new ArrayList<>(TAGS);
        java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
        return "[" + String.join(", ", chosen.subList(0, 1 + random.nextInt(3))) + "]";
    }

    private String date() {
        return String.format(java.util.Locale.ROOT, "20%02d-%02d-%02d %02d:%02d:00", 15 + random.nextInt(10),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
    }

    private List<Path> posts() throws IOException {
        try (Stream<Path> files = Files.list(blog.resolve("source/_posts"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void replaceLine(Path file, String prefix, String line) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String replaced = Arrays.stream(text.split("\n", -1))
                .map(existing -> existing.startsWith(prefix) ? line : existing)
                .collect(Collectors.joining("\n"));
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    private GenerateRequest request(Path out) {
        return GenerateRequest.of(blog, out).withNow(NOW);
    }

    private void assertSameAsCleanBuild() throws Exception {
        assertSameAsCleanBuild(List.of());
    }

    private void assertSameAsCleanBuild(List<String> log) throws Exception {
        Path clean = temp.resolve("clean-" + System.nanoTime());
        new SiteGenerator().generate(request(clean));
        Map<String, String> expected = same(Fixtures.snapshot(clean));
        Map<String, String> actual = same(Fixtures.snapshot(liveOut));
        if (!expected.equals(actual)) {
            Set<String> differing = new TreeSet<>(expected.keySet());
            differing.addAll(actual.keySet());
            differing.removeIf(path -> java.util.Objects.equals(expected.get(path), actual.get(path)));
            throw new AssertionError("the live output differs from a clean build in " + differing + " after " + log);
        }
    }

    /** Files by path with their bytes as text, so two snapshots compare with equals and print readably. */
    private static Map<String, String> same(Map<String, byte[]> files) {
        Map<String, String> out = new java.util.TreeMap<>();
        files.forEach((path, bytes) -> out.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return out;
    }
}
