package io.github.blogmaven.model.internal;

import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a file of {@code source/_data} (YAML or JSON) into the value templates see as {@code site.data.<name>},
 * where the name is the path below {@code _data/} without its extension ({@code menu.yml} is {@code menu}).
 */
final class DataReader {
    private final DateReader dates;

    DataReader(DateReader dates) {
        this.dates = dates;
    }

    static String name(ScannedFile file) {
        String path = file.inSource().substring(SourceScanner.DATA.length() + 1);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** The file's value (null for an empty file), or null after reporting why it cannot be read. */
    Object read(ScannedFile file, String text, Problems problems) {
        TextOrigin origin = TextOrigin.wholeFile(file.relativePath());
        try {
            YamlParser parser = new YamlParser(dates::yamlTimestamp);
            Node root = parser.compose(text);
            return root == null ? null : Frozen.freeze(parser.construct(root));
        } catch (YAMLException e) {
            problems.add(origin.problem(e, null, file.inSource().endsWith(".json") ? Hints.DATA_JSON : Hints.YAML_SYNTAX));
            return null;
        }
    }
}
