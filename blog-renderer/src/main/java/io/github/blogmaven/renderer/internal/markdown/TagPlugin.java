package io.github.blogmaven.renderer.internal.markdown;

/**
 * One Hexo tag plugin: turns a use of {@code {% name args %}} (with its body, for a block tag) into HTML, as Hexo's
 * plugin of that name does. Internal for now: the registry is {@link TagPlugins}.
 */
@FunctionalInterface
interface TagPlugin {
    /**
     * The HTML of one use, or {@code ""} for nothing (Hexo prints nothing, for example, for an asset that does
     * not exist). Links go through {@link TagEnvironment#link}, so they resolve as Markdown links do and are
     * checked; problems go to {@link TagEnvironment#warn} and {@link TagEnvironment#fail}.
     */
    String render(TagUse use, TagEnvironment environment);
}
