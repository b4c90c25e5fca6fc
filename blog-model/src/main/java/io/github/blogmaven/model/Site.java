package io.github.blogmaven.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded blog: configuration and all content, validated and ready to render.
 *
 * @param baseDir the project base directory (where {@code _config.yml} is)
 * @param config the site configuration
 * @param posts the posts to publish, newest first (ties broken by source path)
 * @param pages the pages, sorted by output path
 * @param assets files to copy as they are, sorted by output path
 * @param tags every tag of a published post, sorted by name
 * @param categories every category node, parents before children, siblings sorted by name
 * @param data the files of {@code source/_data} ({@code menu.yml} is {@code data.menu})
 * @param theme the theme's configuration, as Hexo merges it: {@code themes/<theme>/_config.yml}, overlaid by
 *     {@code _config.<theme>.yml}, overlaid by {@code theme_config:} in {@code _config.yml}
 */
public record Site(
        Path baseDir,
        SiteConfig config,
        List<Post> posts,
        List<Page> pages,
        List<Asset> assets,
        List<Tag> tags,
        List<Category> categories,
        Map<String, Object> data,
        Map<String, Object> theme) {

    public Site {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(config, "config");
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        theme = Collections.unmodifiableMap(new LinkedHashMap<>(theme));
    }
}
