package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SiteConfig.AbbrlinkAlgorithm;
import io.github.blogmaven.model.SiteConfig.AbbrlinkOptions;
import io.github.blogmaven.model.SiteConfig.AbbrlinkRepresentation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code _config.yml} into {@link SiteConfig}, with Hexo's default for every key that is absent
 * ({@code lib/hexo/default_config.ts}). A value of the wrong type is reported with its line and the default
 * is used, so the rest of the site can still be checked.
 */
final class ConfigReader {
    static final String FILE = "_config.yml";
    private static final String DEFAULT_PERMALINK = ":year/:month/:day/:title/";

    private ConfigReader() {
    }

    /** The settings of an absent or empty {@code _config.yml}. */
    static LoadSettings defaults() {
        return read("", new Problems());
    }

    /** Reads the text of {@code _config.yml}; problems are added to {@code problems}. */
    static LoadSettings read(String text, Problems problems) {
        TextOrigin origin = TextOrigin.wholeFile(FILE);
        Node root = compose(text, origin, problems);
        ZoneId zone = timezone(root, origin, problems);
        YamlDocument document = YamlDocument.empty(origin);
        if (root instanceof MappingNode mapping) {
            YamlParser parser = new YamlParser(new DateReader(zone == null ? ZoneOffset.UTC : zone)::yamlTimestamp);
            document = YamlDocument.read(mapping, parser, origin, problems);
        } else if (root != null) {
            problems.add(origin.problem(root, null, "should be a map of keys to values", Hints.CONFIG_SHAPE));
        }
        return settings(new FieldReader(document, problems), zone);
    }

    private static Node compose(String text, TextOrigin origin, Problems problems) {
        try {
            return new YamlParser(value -> value).compose(text);
        } catch (YAMLException e) {
            problems.add(origin.problem(e, null, Hints.YAML_SYNTAX));
            return null;
        }
    }

    private static ZoneId timezone(Node root, TextOrigin origin, Problems problems) {
        Node node = FieldReader.child(root, "timezone");
        String name = new FieldReader(YamlDocument.empty(origin), problems).text(node, "timezone");
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            problems.add(origin.problem(node, "timezone", "'" + name + "' is not a time zone", Hints.TIMEZONE));
            return null;
        }
    }

    private static LoadSettings settings(FieldReader in, ZoneId zone) {
        SiteConfig config = new SiteConfig(
                text(in, "title", "Hexo"),
                text(in, "subtitle", ""),
                text(in, "description", ""),
                text(in, "author", "John Doe"),
                language(in),
                zone == null ? ZoneOffset.UTC : zone,
                zone != null,
                url(in),
                root(in),
                permalink(in),
                permalinkDefaults(in),
                nestedBool(in, "pretty_urls", "trailing_index", true),
                nestedBool(in, "pretty_urls", "trailing_html", true),
                dir(in, "tag_dir", "tags"),
                dir(in, "archive_dir", "archives"),
                dir(in, "category_dir", "categories"),
                perPage(in),
                dir(in, "pagination_dir", "page"),
                bool(in, "render_drafts", false),
                bool(in, "future", true),
                bool(in, "post_asset_folder", false),
                bool(in, "relative_link", false),
                text(in, "default_category", "uncategorized"),
                in.textMap("category_map"),
                in.textMap("tag_map"),
                filenameCase(in),
                text(in, "new_post_name", ":title.md"),
                abbrlink(in),
                theme(in),
                nestedBool(in, "marked", "breaks", true),
                in.texts("skip_render"),
                in.document().values());
        checkPluginPaths(in);
        checkDefaultCategory(in, config);
        return new LoadSettings(config, dir(in, "source_dir", "source"), text(in, "default_layout", "post"),
                updatedOption(in), in.texts("include"), in.texts("exclude"));
    }

    private static String text(FieldReader in, String key, String fallback) {
        String value = in.text(key);
        return value == null ? fallback : value;
    }

    private static boolean bool(FieldReader in, String key, boolean fallback) {
        Boolean value = in.bool(key);
        return value == null ? fallback : value;
    }

    private static boolean nestedBool(FieldReader in, String section, String key, boolean fallback) {
        Node node = in.node(section);
        if (node != null && !FieldReader.isNull(node) && !(node instanceof MappingNode)) {
            in.report(node, section, "should be a map, not " + FieldReader.describe(node), Hints.MAP);
            return fallback;
        }
        Boolean value = in.bool(FieldReader.child(node, key), section + "." + key);
        return value == null ? fallback : value;
    }

    private static String dir(FieldReader in, String key, String fallback) {
        String value = text(in, key, fallback).strip();
        while (value.startsWith("/")) {
            value = value.substring(1);
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.isEmpty()) {
            return fallback;
        }
        String unsafe = PathSafety.unsafe(value + "/x");
        if (unsafe != null) {
            in.report(in.node(key), key, "'" + in.text(key) + "' would not stay inside the "
                    + (key.equals("source_dir") ? "project" : "output") + " folder: it " + unsafe, Hints.UNSAFE_DIR);
            return fallback;
        }
        return value;
    }

    // A permalink is checked with every :token replaced by a harmless word: what is left must stay inside.
    private static String permalink(FieldReader in) {
        String permalink = text(in, "permalink", DEFAULT_PERMALINK);
        String sample = PermalinkResolver.finish(PostFilename.TOKEN.matcher(permalink).replaceAll("x"));
        String unsafe = PathSafety.unsafe(sample);
        if (unsafe != null) {
            in.report(in.node("permalink"), "permalink", "'" + permalink + "' would not stay inside the output "
                    + "folder: it " + unsafe, Hints.UNSAFE_PATH);
            return DEFAULT_PERMALINK;
        }
        return permalink;
    }

    private static Map<String, String> permalinkDefaults(FieldReader in) {
        Map<String, String> defaults = new LinkedHashMap<>(in.textMap("permalink_defaults"));
        defaults.entrySet().removeIf(entry -> {
            String escape = PathSafety.escape(entry.getValue());
            if (escape != null) {
                in.report(FieldReader.child(in.node("permalink_defaults"), entry.getKey()),
                        "permalink_defaults." + entry.getKey(), "'" + entry.getValue() + "' " + escape,
                        Hints.UNSAFE_PATH);
            }
            return escape != null;
        });
        return defaults;
    }

    // Keys of Hexo plugins that the renderer turns into output paths: refused here, where the line is known.
    private static void checkPluginPaths(FieldReader in) {
        checkPluginPath(in, "index_generator", "pagination_dir");
        checkPluginPath(in, "feed", "path");
        checkPluginPath(in, "sitemap", "path");
    }

    private static void checkPluginPath(FieldReader in, String section, String key) {
        Node node = FieldReader.child(in.node(section), key);
        List<Node> values = node instanceof SequenceNode list ? list.getValue() : node == null ? List.of()
                : List.of(node);
        for (Node value : values) {
            if (value instanceof ScalarNode scalar && !FieldReader.isNull(scalar)) {
                String path = OutputPaths.stripLeadingSlashes(scalar.getValue().strip());
                String unsafe = path.isEmpty() ? null : PathSafety.unsafe(path);
                if (unsafe != null) {
                    in.report(scalar, section + "." + key, "'" + scalar.getValue()
                            + "' would not stay inside the output folder: it " + unsafe, Hints.UNSAFE_DIR);
                }
            }
        }
    }

    private static void checkDefaultCategory(FieldReader in, SiteConfig config) {
        if (new TermFactory(config).categorySlug(config.defaultCategory()).isEmpty()) {
            in.report(in.node("default_category"), "default_category", "the category '" + config.defaultCategory()
                    + "' has nothing left for its URL (slugize turns every character of it into '-' and trims "
                    + "them)", Hints.emptySlug("category", config.defaultCategory()));
        }
    }

    private static String language(FieldReader in) {
        List<String> languages = in.texts("language");
        return languages.isEmpty() || languages.get(0).isBlank() ? "en" : languages.get(0);
    }

    private static String url(FieldReader in) {
        String url = text(in, "url", "http://example.com").strip();
        if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("//")) {
            in.report(in.node("url"), "url", "'" + url + "' should start with http:// or https://", Hints.URL);
            url = "http://example.com";
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String root(FieldReader in) {
        String root = text(in, "root", "/").strip();
        if (!root.startsWith("/")) {
            root = "/" + root;
        }
        if (!root.endsWith("/")) {
            root = root + "/";
        }
        String escape = PathSafety.escape(root);
        if (escape != null) {
            in.report(in.node("root"), "root", "'" + in.text("root") + "' " + escape, Hints.ROOT);
            return "/";
        }
        return root;
    }

    private static int perPage(FieldReader in) {
        Integer value = in.integer("per_page");
        if (value != null && value < 0) {
            in.report(in.node("per_page"), "per_page", "should be 0 or more, not " + value, Hints.PER_PAGE);
            return 10;
        }
        return value == null ? 10 : value;
    }

    private static int filenameCase(FieldReader in) {
        Integer value = in.integer("filename_case");
        if (value != null && (value < 0 || value > 2)) {
            in.report(in.node("filename_case"), "filename_case", "should be 0, 1 or 2, not " + value,
                    Hints.FILENAME_CASE);
            return 0;
        }
        return value == null ? 0 : value;
    }

    private static String theme(FieldReader in) {
        Node node = in.node("theme");
        if (node == null || FieldReader.isNull(node) || Boolean.FALSE.equals(in.document().entry("theme").value())) {
            return null;
        }
        String theme = in.text("theme");
        if (theme == null || theme.isBlank()) {
            return null;
        }
        String name = theme.strip();
        String escape = PathSafety.escape(name);
        if (escape != null || name.contains("/") || name.equals(".")) {
            in.report(node, "theme", "'" + theme + "' is not the name of a folder in themes/"
                    + (escape != null ? ": it " + escape : ""), Hints.THEME);
            return null;
        }
        return name;
    }

    // Without an abbrlink section the sample's 7-digit hex values imply crc32/hex; inside one, the plugin's own
    // defaults (crc16, dec) apply.
    private static AbbrlinkOptions abbrlink(FieldReader in) {
        Node section = in.node("abbrlink");
        if (section == null || FieldReader.isNull(section)) {
            return new AbbrlinkOptions(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.HEX);
        }
        if (!(section instanceof MappingNode)) {
            in.report(section, "abbrlink", "should be a map such as {alg: crc32, rep: hex}, not "
                    + FieldReader.describe(section), Hints.ABBRLINK);
            return new AbbrlinkOptions(AbbrlinkAlgorithm.CRC32, AbbrlinkRepresentation.HEX);
        }
        AbbrlinkAlgorithm algorithm = choice(in, section, "alg", AbbrlinkAlgorithm.CRC16,
                Map.of("crc16", AbbrlinkAlgorithm.CRC16, "crc32", AbbrlinkAlgorithm.CRC32));
        AbbrlinkRepresentation representation = choice(in, section, "rep", AbbrlinkRepresentation.DEC,
                Map.of("dec", AbbrlinkRepresentation.DEC, "hex", AbbrlinkRepresentation.HEX));
        return new AbbrlinkOptions(algorithm, representation);
    }

    private static <T> T choice(FieldReader in, Node section, String key, T fallback, Map<String, T> choices) {
        Node node = FieldReader.child(section, key);
        String value = in.text(node, "abbrlink." + key);
        if (value == null) {
            return fallback;
        }
        T chosen = choices.get(value.strip().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            in.report(node, "abbrlink." + key, "'" + value + "' should be one of " + choices.keySet().stream()
                    .sorted().toList(), Hints.ABBRLINK);
            return fallback;
        }
        return chosen;
    }

    private static LoadSettings.UpdatedOption updatedOption(FieldReader in) {
        String value = in.text("updated_option");
        // Post.updated always has a value, so "empty" falls back to the date as well.
        if (value == null || value.equals("date") || value.equals("empty")) {
            return LoadSettings.UpdatedOption.DATE;
        }
        if (value.equals("mtime")) {
            return LoadSettings.UpdatedOption.MTIME;
        }
        in.report(in.node("updated_option"), "updated_option", "'" + value + "' should be date or mtime",
                Hints.UPDATED_OPTION);
        return LoadSettings.UpdatedOption.DATE;
    }
}
