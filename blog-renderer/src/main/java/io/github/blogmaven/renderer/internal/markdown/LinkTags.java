package io.github.blogmaven.renderer.internal.markdown;

import io.github.blogmaven.renderer.internal.links.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hexo's tags that link to a post, an asset of the post, or a URL: {@code post_link}, {@code post_path},
 * {@code asset_link}, {@code asset_path} and {@code link} (alias {@code a}, {@code anchor}), as hexo 8.1
 * {@code lib/plugins/tag/*.ts} writes them.
 */
final class LinkTags {
    /** hexo's {@code rUrl} (tag/link.ts, tag/img.ts): what counts as a URL among a tag's arguments. */
    static final Pattern URL = Pattern.compile("((([A-Za-z]{3,9}:(?://)?)(?:[-;:&=+$,\\w]+@)?[A-Za-z0-9.-]+"
            + "|(?:www.|[-;:&=+$,\\w]+@)[A-Za-z0-9.-]+)"
            + "((?:/[+~%/.\\w_-]*)?\\??(?:[-+=&;%@.\\w_]*)#?(?:[.!/\\\\w]*))?)");
    private static final String POST_HINT = "post_link and post_path take the file name of a post under "
            + "source/_posts without .md (its slug, such as 2023/hello-world), or the post's exact title";
    private static final String ASSET_HINT = "the asset tags take the name of a file in the post's asset folder "
            + "(source/_posts/<post>/, with post_asset_folder: true)";

    private LinkTags() {
    }

    /** {@code {% post_link slug[#anchor] [title] [escape] %}}: a missing post fails the build, as in Hexo. */
    static String postLink(TagUse use, TagEnvironment environment) {
        List<String> arguments = new ArrayList<>(use.arguments());
        if (arguments.isEmpty()) {
            environment.fail("post_link names no post", POST_HINT);
            return "";
        }
        String slug = arguments.remove(0);
        String hash = "";
        String[] parts = slug.split("#", -1);
        if (parts.length == 2) {
            slug = parts[0];
            hash = parts[1];
        }
        boolean escape = !"false".equals(popFlag(arguments));
        PostIndex.Entry post = environment.post(slug);
        if (post == null) {
            environment.fail("no post has the slug or title '" + slug + "'", POST_HINT);
            return "";
        }
        String name = post.title().isEmpty() ? post.slug() : post.title();
        String title = arguments.isEmpty() ? name : String.join(" ", arguments);
        if (escape) {
            title = HexoHtml.escape(title);
        }
        String href = environment.link(HexoHtml.encodeUrl(post.url() + (hash.isEmpty() ? "" : "#" + hash)));
        return "<a href=\"" + href + "\" title=\"" + HexoHtml.escape(name) + "\">" + title + "</a>";
    }

    /** {@code {% post_path slug %}}: the post's URL, or nothing (and a warning) when there is no such post. */
    static String postPath(TagUse use, TagEnvironment environment) {
        if (use.arguments().isEmpty()) {
            environment.warn("post_path names no post, so it writes nothing", POST_HINT);
            return "";
        }
        PostIndex.Entry post = environment.post(use.arguments().get(0));
        if (post == null) {
            environment.warn("no post has the slug or title '" + use.arguments().get(0) + "', so it writes nothing",
                    POST_HINT);
            return "";
        }
        return environment.link(post.url());
    }

    /** {@code {% asset_link name [title] [escape] %}}. */
    static String assetLink(TagUse use, TagEnvironment environment) {
        List<String> arguments = new ArrayList<>(use.arguments());
        if (arguments.isEmpty()) {
            return "";
        }
        String name = arguments.remove(0);
        String href = environment.asset(name);
        if (href == null) {
            missingAsset(environment, name);
            return "";
        }
        boolean escape = !"false".equals(popFlag(arguments));
        String title = arguments.isEmpty() ? name : String.join(" ", arguments);
        String attributeTitle = HexoHtml.escape(title);
        return "<a href=\"" + href + "\" title=\"" + attributeTitle + "\">" + (escape ? attributeTitle : title)
                + "</a>";
    }

    /** {@code {% asset_path name %}}: the URL of a file of the post's asset folder. */
    static String assetPath(TagUse use, TagEnvironment environment) {
        if (use.arguments().isEmpty()) {
            return "";
        }
        String url = environment.asset(use.arguments().get(0));
        if (url == null) {
            missingAsset(environment, use.arguments().get(0));
            return "";
        }
        return url;
    }

    static void missingAsset(TagEnvironment environment, String name) {
        environment.warn("the post's asset folder has no file '" + name + "', so it writes nothing, as Hexo does",
                ASSET_HINT);
    }

    /** {@code {% link text url [external] [title] %}}: the text runs up to the first argument that is a URL. */
    static String link(TagUse use, TagEnvironment environment) {
        List<String> arguments = use.arguments();
        String url = "";
        List<String> text = new ArrayList<>();
        int i = 0;
        for (; i < arguments.size(); i++) {
            if (URL.matcher(arguments.get(i)).find()) {
                url = arguments.get(i);
                break;
            }
            text.add(arguments.get(i));
        }
        List<String> rest = i + 1 < arguments.size() ? new ArrayList<>(arguments.subList(i + 1, arguments.size()))
                : new ArrayList<>();
        boolean external = false;
        String title = "";
        if (!rest.isEmpty()) {
            if (rest.get(0).equals("true") || rest.get(0).equals("false")) {
                external = rest.remove(0).equals("true");
            }
            title = String.join(" ", rest);
        }
        if (!url.isEmpty()) {
            // Hexo writes the URL as it is; one without a scheme ("www.x.org") stays relative, and gets checked
            url = Links.hasScheme(url) ? environment.link(url) : environment.linkAsWritten(url);
        }
        return HexoHtml.tag("a", HexoHtml.attributes("href", url, "title", title, "target", external ? "_blank" : ""),
                String.join(" ", text), true);
    }

    // Hexo's "escape" argument: a last argument "true" or "false" is taken off
    private static String popFlag(List<String> arguments) {
        if (!arguments.isEmpty()) {
            String last = arguments.get(arguments.size() - 1);
            if (last.equals("true") || last.equals("false")) {
                arguments.remove(arguments.size() - 1);
                return last;
            }
        }
        return "true";
    }
}
