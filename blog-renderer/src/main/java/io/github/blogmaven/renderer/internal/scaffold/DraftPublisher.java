package io.github.blogmaven.renderer.internal.scaffold;

import io.github.blogmaven.renderer.ScaffoldException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Moves a draft and its asset folder from {@code source/_drafts} to {@code source/_posts}, as {@code hexo publish}. */
public final class DraftPublisher {
    private final Path drafts;
    private final Path posts;

    public DraftPublisher(Path baseDir) {
        this.drafts = baseDir.resolve("source").resolve("_drafts");
        this.posts = baseDir.resolve("source").resolve("_posts");
    }

    /** Publishes {@code _drafts/<name>.md} and returns the post's path; checks everything before moving anything. */
    public Path publish(String name) throws ScaffoldException, IOException {
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (stem.isBlank() || stem.contains("/") || stem.contains("\\") || stem.startsWith(".")) {
            throw new ScaffoldException(ScaffoldException.Reason.BAD_NAME, null, name, List.of());
        }
        Path draft = drafts.resolve(stem + ".md");
        if (!Files.isRegularFile(draft)) {
            throw new ScaffoldException(ScaffoldException.Reason.DRAFT_MISSING, draft, name, available());
        }
        Path post = posts.resolve(stem + ".md");
        Path assets = drafts.resolve(stem);
        Path postAssets = posts.resolve(stem);
        if (Files.exists(post)) {
            throw new ScaffoldException(ScaffoldException.Reason.TARGET_EXISTS, post, name, List.of());
        }
        boolean hasAssets = Files.isDirectory(assets);
        if (hasAssets && Files.exists(postAssets)) {
            throw new ScaffoldException(ScaffoldException.Reason.TARGET_EXISTS, postAssets, name, List.of());
        }
        Files.createDirectories(posts);
        Files.move(draft, post);
        if (hasAssets) {
            Files.move(assets, postAssets);
        }
        return post;
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
