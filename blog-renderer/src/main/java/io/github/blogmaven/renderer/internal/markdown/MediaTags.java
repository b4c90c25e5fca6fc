package io.github.blogmaven.renderer.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's tags that embed something: {@code img} (alias {@code image}), {@code asset_img} (alias
 * {@code asset_image}), {@code iframe}, and hexo-tag-embed's {@code youtube} and {@code vimeo}, written as Hexo
 * writes them.
 */
final class MediaTags {
    private static final Pattern DIGITS_ONLY = Pattern.compile("^\\d*$");
    private static final String DOUBLE_QUOTED = "\"?([^\"]+)?\"?";
    private static final String SINGLE_QUOTED = "'?([^']+)?'?";

    private MediaTags() {
    }

    /**
     * {@code {% img [class names] /path/to/image [width] [height] [title text [alt text]] %}}: the class names run up
     * to the first argument that is a URL or starts with {@code /}; then a numeric width and height; the rest is
     * the title, and an alt text when the two are quoted apart ({@code '"A title" "An alt"'}).
     */
    static String img(TagUse use, TagEnvironment environment) {
        return img(use.arguments(), environment);
    }

    private static String img(List<String> given, TagEnvironment environment) {
        List<String> arguments = new ArrayList<>(given);
        List<String> classes = new ArrayList<>();
        String src = null;
        while (!arguments.isEmpty()) {
            String item = arguments.remove(0);
            if (LinkTags.URL.matcher(item).find() || item.startsWith("/")) {
                src = environment.link(item);
                break;
            }
            classes.add(item);
        }
        String width = null;
        String height = null;
        String title = null;
        String alt = null;
        if (!arguments.isEmpty()) {
            if (DIGITS_ONLY.matcher(arguments.get(0)).matches()) {
                width = arguments.remove(0);
                if (!arguments.isEmpty() && DIGITS_ONLY.matcher(arguments.get(0)).matches()) {
                    height = arguments.remove(0);
                }
            }
            String meta = String.join(" ", arguments);
            String titlePattern = meta.startsWith("\"") ? DOUBLE_QUOTED : SINGLE_QUOTED;
            String altPattern = meta.endsWith("\"") ? DOUBLE_QUOTED : SINGLE_QUOTED;
            Matcher match = Pattern.compile(titlePattern + "\\s*" + altPattern).matcher(meta);
            if (match.find()) {
                title = match.group(1);
                alt = match.group(2);
            }
        }
        return HexoHtml.tag("img", HexoHtml.attributes("src", src, "class", String.join(" ", classes),
                "width", width, "height", height, "title", title, "alt", alt), null, true);
    }

    /**
     * {@code {% asset_img [class names] name [width] [height] [title text [alt text]] %}}: the first argument that
     * names a file of the post's asset folder is the image, and the arguments are then those of {@code img}. When
     * none does, nothing is written, as in Hexo.
     */
    static String assetImg(TagUse use, TagEnvironment environment) {
        List<String> arguments = new ArrayList<>(use.arguments());
        for (int i = 0; i < arguments.size(); i++) {
            String path = environment.assetPath(arguments.get(i));
            if (path != null) {
                arguments.set(i, path);
                return img(arguments, environment);
            }
        }
        LinkTags.missingAsset(environment, arguments.isEmpty() ? "" : arguments.get(0));
        return "";
    }

    /** {@code {% iframe url [width] [height] %}}: width {@code 100%} and height {@code 300} by default. */
    static String iframe(TagUse use, TagEnvironment environment) {
        List<String> arguments = use.arguments();
        String src = arguments.isEmpty() ? null : environment.link(arguments.get(0));
        String width = arguments.size() > 1 && !arguments.get(1).equals("default") ? arguments.get(1) : "100%";
        String height = arguments.size() > 2 && !arguments.get(2).equals("default") ? arguments.get(2) : "300";
        return HexoHtml.tag("iframe", HexoHtml.attributes("src", src, "width", width, "height", height,
                "frameborder", "0", "loading", "lazy", "allowfullscreen", true), "", true);
    }

    /**
     * {@code {% youtube id [type] [cookie] %}}: {@code type} is {@code video} (the default) or {@code playlist};
     * {@code cookie} {@code false} uses youtube-nocookie.com, also when it comes second. Hexo passes the words
     * {@code true} and {@code false} on as text, which hexo-tag-embed then takes for a playlist; here they mean
     * what the tag's documentation says.
     */
    static String youtube(TagUse use, TagEnvironment environment) {
        List<String> arguments = use.arguments();
        if (arguments.isEmpty()) {
            environment.warn("youtube needs a video id, so it writes nothing",
                    "{% youtube video_id [type] [cookie] %}");
            return "";
        }
        String type = arguments.size() > 1 ? arguments.get(1) : "video";
        String cookie = arguments.size() > 2 ? arguments.get(2) : "true";
        if (type.equals("true") || type.equals("false")) {
            cookie = type;
            type = "video";
        }
        String host = cookie.equals("false") ? "https://www.youtube-nocookie.com" : "https://www.youtube.com";
        String embed = type.equals("video") ? "/embed/" : "/embed/videoseries?list=";
        return videoContainer(environment.link(host + embed + arguments.get(0)));
    }

    /** {@code {% vimeo id %}}. */
    static String vimeo(TagUse use, TagEnvironment environment) {
        if (use.arguments().isEmpty()) {
            environment.warn("vimeo needs a video id, so it writes nothing", "{% vimeo video_id %}");
            return "";
        }
        // hexo-tag-embed appends the argument list itself, which JavaScript joins with commas
        return videoContainer(environment.link("https://player.vimeo.com/video/" + String.join(",", use.arguments())));
    }

    private static String videoContainer(String src) {
        String iframe = HexoHtml.tag("iframe", HexoHtml.attributes("src", src, "frameborder", "0", "loading", "lazy",
                "allowfullscreen", true), "", true);
        return HexoHtml.tag("div", HexoHtml.attributes("class", "video-container"), iframe, false);
    }
}
