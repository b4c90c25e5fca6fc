package io.github.blogmaven.renderer.internal.scaffold;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Slug;
import io.github.blogmaven.renderer.NewPostRequest;
import io.github.blogmaven.renderer.ScaffoldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes one new post, draft or page from its scaffold, as {@code hexo new} does. */
public final class PostWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern LAYOUT_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final Path baseDir;
    private final SiteConfig config;
    private final Set<String> takenAbbrlinks;

    /** @param takenAbbrlinks the abbrlinks of the blog's posts, which a new post's must differ from */
    public PostWriter(Path baseDir, SiteConfig config, Set<String> takenAbbrlinks) {
        this.baseDir = baseDir;
        this.config = config;
        this.takenAbbrlinks = Set.copyOf(takenAbbrlinks);
    }

    /** Writes the file and returns its path; never overwrites one. */
    public Path write(NewPostRequest request) throws ScaffoldException, IOException {
        String layout = request.layout();
        if (!LAYOUT_NAME.matcher(layout).matches()) {
            throw new ScaffoldException(ScaffoldException.Reason.BAD_NAME, null, layout, List.of());
        }
        // Hexo slugizes the slug it is given as well as the title, which also keeps the file inside source/.
        String slug = Slug.slugize(request.slug() != null ? request.slug() : request.title(),
                config.filenameCase());
        if (slug.isEmpty()) {
            throw new ScaffoldException(ScaffoldException.Reason.BAD_NAME, null, request.title(), List.of());
        }
        ZonedDateTime date = request.now().atZone(config.timezone());
        Path source = baseDir.resolve(config.sourceDir());
        Path target = switch (layout) {
            case "page" -> source.resolve(slug).resolve("index.md");
            // As in Hexo, a draft is named by its slug alone; new_post_name applies once it is published.
            case "draft" -> source.resolve("_drafts").resolve(slug + ".md");
            default -> source.resolve("_posts").resolve(PostFileName.of(config.newPostName(), slug, date));
        };
        String text = ScaffoldText.fill(scaffold(layout), request.title(), DATE.format(date), layout);
        if (!"page".equals(layout)) {
            text = ScaffoldText.withAbbrlink(text, config.abbrlink().valueFor(request.title(), takenAbbrlinks));
        }
        Files.createDirectories(target.getParent());
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(ScaffoldException.Reason.TARGET_EXISTS, target, request.title(), List.of());
        }
        return target;
    }

    private String scaffold(String layout) throws IOException {
        Path file = baseDir.resolve("scaffolds").resolve(layout + ".md");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        return ScaffoldText.DEFAULTS.getOrDefault(layout, ScaffoldText.DEFAULTS.get("normal"));
    }
}
