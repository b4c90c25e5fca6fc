package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig;
import java.util.List;

/**
 * {@link SiteConfig} plus the {@code _config.yml} keys only the loader needs.
 *
 * @param config the site configuration
 * @param sourceDir {@code source_dir} ({@code source})
 * @param defaultLayout {@code default_layout} ({@code post})
 * @param updatedOption {@code updated_option}: what a missing {@code updated} becomes
 * @param include {@code include} globs: hidden files to publish anyway
 * @param exclude {@code exclude} globs: files not to publish
 */
record LoadSettings(
        SiteConfig config,
        String sourceDir,
        String defaultLayout,
        UpdatedOption updatedOption,
        List<String> include,
        List<String> exclude) {

    /**
     * What a missing {@code updated} becomes. Unlike Hexo, whose default is {@code mtime}, blog-maven defaults
     * to {@code date} so that a fresh checkout (where every file is new) builds the same site.
     */
    enum UpdatedOption { DATE, MTIME }
}
