package io.github.blogmaven.renderer;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.renderer.internal.scaffold.DraftPublisher;
import io.github.blogmaven.renderer.internal.scaffold.PostWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes new content into a Hexo-layout blog, as {@code hexo new} and {@code hexo publish} do. Never overwrites
 * a file.
 */
public final class Scaffolder {

    /**
     * Writes a new post, draft or page from {@code scaffolds/<layout>.md} (or Hexo's default scaffold for that
     * layout), named by {@code new_post_name}, and returns the file written.
     *
     * @throws ContentException when {@code _config.yml} is missing or invalid
     * @throws ScaffoldException when the file exists or the layout is not a usable name
     */
    public Path create(NewPostRequest request) throws ContentException, ScaffoldException, IOException {
        SiteConfig config = SiteLoader.loadConfig(request.baseDir());
        return new PostWriter(request.baseDir(), config, takenAbbrlinks(request)).write(request);
    }

    /**
     * The abbrlinks the blog's posts and drafts have, written or computed, so a new post's differs from all, as
     * hexo-abbrlink sees to. Files with problems are left out rather than failing {@code new}.
     */
    private static Set<String> takenAbbrlinks(NewPostRequest request) throws ContentException, IOException {
        if ("page".equals(request.layout())) {
            return Set.of();
        }
        Site site = SiteLoader.load(request.baseDir(), new LoadOptions(true, true, true, request.now(),
                message -> { }));
        Set<String> taken = new HashSet<>();
        site.posts().forEach(post -> taken.add(post.abbrlink()));
        return taken;
    }

    /**
     * Moves {@code source/_drafts/<name>.md}, and its asset folder {@code _drafts/<name>/} if there is one, to
     * {@code source/_posts/}, named by {@code new_post_name} with the draft's date, and returns the post's new
     * path.
     *
     * @throws ContentException when {@code _config.yml} is missing or invalid
     * @throws ScaffoldException when the draft is missing or the post exists already
     */
    public Path publish(PublishRequest request) throws ContentException, ScaffoldException, IOException {
        SiteConfig config = SiteLoader.loadConfig(request.baseDir());
        return new DraftPublisher(request.baseDir(), config).publish(request.name(), request.now());
    }
}
