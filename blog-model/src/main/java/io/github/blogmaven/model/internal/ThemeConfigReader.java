package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the theme's configuration as Hexo merges it: {@code themes/<theme>/_config.yml}, overlaid by the site's
 * {@code _config.<theme>.yml}, overlaid by {@code theme_config:} in {@code _config.yml}. Maps merge key by key at
 * every depth; any other value replaces what was below it.
 */
final class ThemeConfigReader {
    private final Path baseDir;
    private final DateReader dates;

    ThemeConfigReader(Path baseDir, DateReader dates) {
        this.baseDir = baseDir;
        this.dates = dates;
    }

    Map<String, Object> read(SiteConfig config, Problems problems) throws IOException {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (config.theme() != null) {
            overlay(merged, file("themes/" + config.theme() + "/_config.yml", problems));
            overlay(merged, file("_config." + config.theme() + ".yml", problems));
        }
        overlay(merged, config.values().get("theme_config"));
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) Frozen.freeze(merged);
        return frozen;
    }

    private Object file(String path, Problems problems) throws IOException {
        Path file = baseDir.resolve(path).normalize();
        // A theme name that leaves themes/ is reported where the theme is checked; nothing outside is read.
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(baseDir.toRealPath())) {
            return null;
        }
        String text = SourceText.read(file, path, problems);
        if (text == null) {
            return null;
        }
        TextOrigin origin = TextOrigin.wholeFile(path);
        try {
            YamlParser parser = new YamlParser(dates::yamlTimestamp);
            Node root = parser.compose(text);
            Object value = root == null ? null : parser.construct(root);
            if (value != null && !(value instanceof Map)) {
                problems.add(path, 1, 1, null, "is not a map of settings", Hints.CONFIG_SHAPE);
                return null;
            }
            return value;
        } catch (YAMLException e) {
            problems.add(origin.problem(e, null, Hints.YAML_SYNTAX));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static void overlay(Map<String, Object> target, Object layer) {
        if (!(layer instanceof Map<?, ?> map)) {
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object below = target.get(key);
            if (below instanceof Map && entry.getValue() instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) below);
                overlay(copy, entry.getValue());
                target.put(key, copy);
            } else {
                target.put(key, entry.getValue());
            }
        }
    }
}
