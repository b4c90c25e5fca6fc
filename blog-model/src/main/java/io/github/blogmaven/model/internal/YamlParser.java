package io.github.blogmaven.model.internal;

import java.io.StringReader;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses YAML (and JSON, which is YAML's flow style) safely: only SnakeYAML's safe types, no global tags, and
 * limits on aliases, nesting and size so a hostile file cannot exhaust memory. One instance per thread.
 */
final class YamlParser {
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 50;
    static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private final Yaml yaml;
    private final ValueConstructor constructor;

    /**
     * @param timestamps turns the text of a YAML timestamp into its value
     */
    YamlParser(Function<String, Object> timestamps) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(true);
        options.setTagInspector(tag -> false);
        this.constructor = new ValueConstructor(options, timestamps);
        DumperOptions unused = new DumperOptions();
        this.yaml = new Yaml(constructor, new Representer(unused), unused, options, new CoreSchemaResolver());
    }

    /**
     * The node tree of {@code text}, or null for an empty document.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when it is not valid YAML
     */
    Node compose(String text) {
        return yaml.compose(new StringReader(text));
    }

    /**
     * The Java value of a node: maps, lists, strings, numbers, booleans, and whatever the timestamp converter
     * returns.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when a tag has no safe constructor or a key is repeated
     */
    Object construct(Node node) {
        return constructor.construct(node);
    }
}
