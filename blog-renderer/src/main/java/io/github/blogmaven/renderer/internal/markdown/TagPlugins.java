package io.github.blogmaven.renderer.internal.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tag plugins blog-maven runs, by name, with Hexo's aliases: Hexo 8's built-in tags (less {@code include_code},
 * {@code url_for} and {@code full_url_for}) and hexo-tag-embed's {@code youtube} and {@code vimeo}. Immutable.
 */
final class TagPlugins {
    /** Every tag blog-maven knows. */
    static final TagPlugins HEXO = new TagPlugins();

    private final Map<String, TagPlugin> plugins = new HashMap<>();
    private final Set<String> blocks = Set.of("codeblock", "code", "blockquote", "quote", "pullquote", "raw");
    // tags that write a bare URL, which may stand in a Markdown link destination
    private final Set<String> paths = Set.of("asset_path", "post_path");

    private TagPlugins() {
        plugins.put("asset_img", MediaTags::assetImg);
        plugins.put("asset_image", MediaTags::assetImg);
        plugins.put("asset_link", LinkTags::assetLink);
        plugins.put("asset_path", LinkTags::assetPath);
        plugins.put("post_link", LinkTags::postLink);
        plugins.put("post_path", LinkTags::postPath);
        plugins.put("img", MediaTags::img);
        plugins.put("image", MediaTags::img);
        plugins.put("link", LinkTags::link);
        plugins.put("a", LinkTags::link);
        plugins.put("anchor", LinkTags::link);
        plugins.put("codeblock", CodeBlockTag::render);
        plugins.put("code", CodeBlockTag::render);
        plugins.put("blockquote", QuoteTags::blockquote);
        plugins.put("quote", QuoteTags::blockquote);
        plugins.put("pullquote", QuoteTags::pullquote);
        // Nunjucks' raw: the body as it is, no Markdown, no tags
        plugins.put("raw", (use, environment) -> use.body() == null ? "" : use.body());
        plugins.put("iframe", MediaTags::iframe);
        plugins.put("youtube", MediaTags::youtube);
        plugins.put("vimeo", MediaTags::vimeo);
    }

    /** The plugin called {@code name}, or {@code null}. */
    TagPlugin get(String name) {
        return plugins.get(name);
    }

    /** The names of the tags that take a body up to {@code {% end<name> %}}. */
    Set<String> blockNames() {
        return blocks;
    }

    /** Whether the tag writes a bare URL. */
    boolean isPath(String name) {
        return paths.contains(name);
    }
}
