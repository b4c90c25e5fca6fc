package io.github.blogmaven.renderer.internal.scaffold;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.renderer.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Moves a draft and its asset folder from {@code source/_drafts} to {@code source/_posts}, as {@code hexo publish}
 * does: the post is named by {@code new_post_name}, whose date tokens take the draft's front-matter {@code date}
 * (its scaffold wrote the day it was started), or today when it has none.
 */
public final class DraftPublisher {
    /** The day of a front-matter {@code date:} line; the file name needs no more of it. */
    private static final Pattern DATE = Pattern.compile("^date:\\s*['\"]?(\\d{4})-(\\d{1,2})-(\\d{1,2})",
            Pattern.MULTILINE);

    private final Path drafts;
    private final Path posts;
    private final SiteConfig config;

    public DraftPublisher(Path baseDir, SiteConfig config) {
        Path source = baseDir.resolve(config.sourceDir());
        this.drafts = source.resolve("_drafts");
        this.posts = source.resolve("_posts");
        this.config = config;
    }

    /** Publishes {@code _drafts/<name>.md} and returns the post's path; checks everything before moving anything. */
    public Path publish(String name, Instant now) throws ScaffoldException, IOException {
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (stem.isBlank() || stem.contains("/") || stem.contains("\\") || stem.startsWith(".")) {
            throw new ScaffoldException(ScaffoldException.Reason.BAD_NAME, null, name, List.of());
        }
        Path draft = drafts.resolve(stem + ".md");
        if (!Files.isRegularFile(draft)) {
            throw new ScaffoldException(ScaffoldException.Reason.DRAFT_MISSING, draft, name, available());
        }
        String file = PostFileName.of(config.newPostName(), stem, date(draft, now));
        Path post = posts.resolve(file);
        Path assets = drafts.resolve(stem);
        Path postAssets = posts.resolve(file.endsWith(".md") ? file.substring(0, file.length() - 3) : file);
        if (Files.exists(post)) {
            throw new ScaffoldException(ScaffoldException.Reason.TARGET_EXISTS, post, name, List.of());
        }
        boolean hasAssets = Files.isDirectory(assets);
        if (hasAssets && Files.exists(postAssets)) {
            throw new ScaffoldException(ScaffoldException.Reason.TARGET_EXISTS, postAssets, name, List.of());
        }
        Files.createDirectories(post.getParent());
        Files.move(draft, post);
        if (hasAssets) {
            Files.move(assets, postAssets);
        }
        return post;
    }

    private ZonedDateTime date(Path draft, Instant now) throws IOException {
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        Matcher date = DATE.matcher(end < 0 ? "" : text.substring(0, end));
        if (date.find()) {
            try {
                return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))).atStartOfDay(config.timezone());
            } catch (DateTimeException e) {
                // Not a real day: name the post by today, as for a draft without a date.
            }
        }
        return now.atZone(config.timezone());
    }

    private List<String> available() throws IOException {
        if (!Files.isDirectory(drafts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(drafts)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }
}
