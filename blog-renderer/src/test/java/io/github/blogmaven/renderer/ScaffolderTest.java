package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hexo new} and {@code hexo publish} through {@link Scaffolder}: a blog folder in, files out. */
class ScaffolderTest {
    // 2024-03-05 01:02:03 UTC, which is 2024-03-05 09:02:03 in Shanghai.
    private static final Instant NOW = Instant.parse("2024-03-05T01:02:03Z");

    @TempDir
    Path blog;

    private Path create(String config, String title, String layout, String slug) throws Exception {
        Files.writeString(blog.resolve("_config.yml"), config);
        return new Scaffolder().create(new NewPostRequest(blog, title, layout, slug, NOW));
    }

    private String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a post is named :title.md by default, dated in the site's zone, from Hexo's default scaffold")
    void defaultPost() throws Exception {
        Path file = create("timezone: Asia/Shanghai\n", "Hello World", null, null);

        assertEquals(blog.resolve("source/_posts/Hello-World.md"), file);
        String text = read(file);
        assertTrue(text.startsWith("---\ntitle: Hello World\ndate: 2024-03-05 09:02:03\ntags:\n"), text);
        // CRC32 in hex is the model's default when abbrlink: is not configured.
        assertTrue(text.contains("abbrlink: " + Long.toHexString(crc32("Hello World")) + "\n---\n"), text);
    }

    @Test
    @DisplayName("new_post_name tokens :year :month :i_month :day :i_day and filename_case")
    void newPostNameTokens() throws Exception {
        Path file = create("new_post_name: :year/:month-:day-:i_month-:i_day-:title.md\nfilename_case: 1\n",
                "Hello World", "post", null);

        assertEquals(blog.resolve("source/_posts/2024/03-05-3-5-hello-world.md"), file);
    }

    @Test
    @DisplayName("a CJK title keeps its characters in the file name and is found again by the loader")
    void cjkTitle() throws Exception {
        Path file = create("abbrlink:\n  alg: crc16\n  rep: dec\n", "你好 世界", "post", null);

        assertEquals(blog.resolve("source/_posts/你好-世界.md"), file);
        Site site = SiteLoader.load(blog, LoadOptions.defaults());
        Post post = site.posts().get(0);
        assertEquals("你好 世界", post.title());
        assertTrue(read(file).contains("abbrlink: " + post.abbrlink() + "\n"), read(file));
    }

    @Test
    @DisplayName("a title with YAML's special characters is quoted and reads back as typed")
    void yamlSpecialTitle() throws Exception {
        String title = "Java: \"records\" & #tags, [really]?";
        Path file = create("", title, "post", "records");

        assertEquals(blog.resolve("source/_posts/records.md"), file);
        Site site = SiteLoader.load(blog, LoadOptions.defaults());
        assertEquals(title, site.posts().get(0).title());
    }

    @Test
    @DisplayName("scaffolds/<layout>.md is used, its placeholders filled and an empty abbrlink: filled in")
    void userScaffold() throws Exception {
        Files.createDirectories(blog.resolve("scaffolds"));
        Files.writeString(blog.resolve("scaffolds/photo.md"),
                "---\nlayout: {{layout}}\ntitle: {{ title }}\ndate: {{ date }}\nabbrlink:\n---\nBody\n");
        Path file = create("abbrlink:\n  alg: crc32\n  rep: dec\n", "Sunset", "photo", null);

        assertEquals(blog.resolve("source/_posts/Sunset.md"), file);
        assertEquals("---\nlayout: photo\ntitle: Sunset\ndate: 2024-03-05 01:02:03\nabbrlink: "
                + crc32("Sunset") + "\n---\nBody\n", read(file));
    }

    @Test
    @DisplayName("a draft goes to _drafts with title and tags; a page to <slug>/index.md without abbrlink")
    void draftAndPage() throws Exception {
        Path draft = create("", "Later", "draft", null);
        Path page = create("", "About me", "page", "about");

        assertEquals(blog.resolve("source/_drafts/Later.md"), draft);
        assertTrue(read(draft).startsWith("---\ntitle: Later\ntags:\nabbrlink: "), read(draft));
        assertEquals(blog.resolve("source/about/index.md"), page);
        assertEquals("---\ntitle: About me\ndate: 2024-03-05 01:02:03\n---\n", read(page));
    }

    @Test
    @DisplayName("an existing file is never overwritten")
    void refusesOverwrite() throws Exception {
        Path file = create("", "Hello", "post", null);
        Files.writeString(file, "mine");

        ScaffoldException e = assertThrows(ScaffoldException.class, () -> create("", "Hello", "post", null));
        assertEquals(ScaffoldException.Reason.TARGET_EXISTS, e.reason());
        assertEquals(file, e.file());
        assertEquals("mine", read(file));
    }

    @Test
    @DisplayName("a missing _config.yml is a content problem, and a layout with a path in it is refused")
    void badInput() throws Exception {
        assertThrows(ContentException.class,
                () -> new Scaffolder().create(new NewPostRequest(blog, "x", "post", null, NOW)));
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> create("", "x", "../evil", null));
        assertEquals(ScaffoldException.Reason.BAD_NAME, e.reason());
    }

    @Test
    @DisplayName("publish moves the draft and its asset folder to _posts")
    void publishWithAssets() throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "timezone: UTC\n");
        Path drafts = Files.createDirectories(blog.resolve("source/_drafts/trip"));
        Files.writeString(drafts.resolve("map.png"), "png");
        Files.writeString(blog.resolve("source/_drafts/trip.md"), "---\ntitle: Trip\n---\n");

        Path post = new Scaffolder().publish(new PublishRequest(blog, "trip"));

        assertEquals(blog.resolve("source/_posts/trip.md"), post);
        assertEquals("---\ntitle: Trip\n---\n", read(post));
        assertEquals("png", read(blog.resolve("source/_posts/trip/map.png")));
        assertFalse(Files.exists(blog.resolve("source/_drafts/trip.md")));
        assertFalse(Files.exists(blog.resolve("source/_drafts/trip")));
    }

    @Test
    @DisplayName("publishing a missing draft lists the drafts there are; an existing post is not overwritten")
    void publishFailures() throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "timezone: UTC\n");
        Files.createDirectories(blog.resolve("source/_drafts"));
        Files.writeString(blog.resolve("source/_drafts/b.md"), "b");
        Files.writeString(blog.resolve("source/_drafts/a.md"), "a");
        Files.createDirectories(blog.resolve("source/_posts"));
        Files.writeString(blog.resolve("source/_posts/a.md"), "published");

        ScaffoldException missing = assertThrows(ScaffoldException.class,
                () -> new Scaffolder().publish(new PublishRequest(blog, "c")));
        assertEquals(ScaffoldException.Reason.DRAFT_MISSING, missing.reason());
        assertEquals(List.of("a", "b"), missing.available());

        ScaffoldException exists = assertThrows(ScaffoldException.class,
                () -> new Scaffolder().publish(new PublishRequest(blog, "a")));
        assertEquals(ScaffoldException.Reason.TARGET_EXISTS, exists.reason());
        assertEquals("published", read(blog.resolve("source/_posts/a.md")));
        assertEquals("a", read(blog.resolve("source/_drafts/a.md")));

        assertEquals(ScaffoldException.Reason.BAD_NAME, assertThrows(ScaffoldException.class,
                () -> new Scaffolder().publish(new PublishRequest(blog, "../_posts/a"))).reason());
    }

    @Test
    @DisplayName("publish names the post by new_post_name with the draft's date, or today's when it has none")
    void publishAppliesNewPostName() throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "timezone: Asia/Shanghai\n"
                + "new_post_name: :year-:month-:day-:title.md\n");
        Files.createDirectories(blog.resolve("source/_drafts/trip"));
        Files.writeString(blog.resolve("source/_drafts/trip/map.png"), "png");
        Files.writeString(blog.resolve("source/_drafts/trip.md"), "---\ntitle: Trip\ndate: 2023-7-9 10:00:00\n---\n");
        Files.writeString(blog.resolve("source/_drafts/undated.md"), "---\ntitle: Undated\n---\n");

        Path post = new Scaffolder().publish(new PublishRequest(blog, "trip", NOW));
        assertEquals(blog.resolve("source/_posts/2023-07-09-trip.md"), post);
        assertEquals("png", read(blog.resolve("source/_posts/2023-07-09-trip/map.png")));
        assertEquals(blog.resolve("source/_posts/2024-03-05-undated.md"),
                new Scaffolder().publish(new PublishRequest(blog, "undated", NOW)));
    }

    @Test
    @DisplayName("new and publish write into source_dir")
    void sourceDir() throws Exception {
        Path draft = create("source_dir: content\n", "Later", "draft", null);
        assertEquals(blog.resolve("content/_drafts/Later.md"), draft);
        assertEquals(blog.resolve("content/_posts/Later.md"),
                new Scaffolder().publish(new PublishRequest(blog, "Later", NOW)));
    }

    @Test
    @DisplayName("a new post's abbrlink is increased past the ones the blog's posts and drafts already have")
    void abbrlinkCollision() throws Exception {
        String taken = Long.toHexString(crc32("Hello World"));
        String next = Long.toHexString(crc32("Hello World") + 1);
        Files.createDirectories(blog.resolve("source/_posts"));
        Files.createDirectories(blog.resolve("source/_drafts"));
        Files.writeString(blog.resolve("source/_posts/old.md"),
                "---\ntitle: Old\ndate: 2020-01-01\nabbrlink: " + taken + "\n---\n");
        Files.writeString(blog.resolve("source/_drafts/other.md"),
                "---\ntitle: Other\nabbrlink: " + next + "\n---\n");

        Path file = create("timezone: UTC\n", "Hello World", "post", "hello-again");

        String expected = Long.toHexString(crc32("Hello World") + 2);
        assertTrue(read(file).contains("abbrlink: " + expected + "\n"), read(file));
    }

    private static long crc32(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
