package io.github.blogmaven.model.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML map read key by key: each key keeps its node (so a value can be read as the text written), its
 * constructed value and its position. Keys whose value cannot be constructed are reported and left out.
 */
final class YamlDocument {

    /**
     * One key.
     *
     * @param key the key as text
     * @param node the value's node
     * @param value the constructed value, frozen (see {@link Frozen})
     * @param line the key's 1-based file line
     * @param column the key's 1-based column
     */
    record Entry(String key, Node node, Object value, int line, int column) {
    }

    private final TextOrigin origin;
    private final Map<String, Entry> entries;

    private YamlDocument(TextOrigin origin, Map<String, Entry> entries) {
        this.origin = origin;
        this.entries = entries;
    }

    static YamlDocument empty(TextOrigin origin) {
        return new YamlDocument(origin, Map.of());
    }

    /** Reads every key of {@code mapping}, reporting repeated keys and values SnakeYAML refuses. */
    static YamlDocument read(MappingNode mapping, YamlParser parser, TextOrigin origin, Problems problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key;
            try {
                key = keyText(keyNode, parser);
            } catch (YAMLException e) {
                problems.add(origin.problem(e, null, Hints.YAML_SYNTAX));
                continue;
            }
            if (entries.containsKey(key)) {
                problems.add(origin.problem(keyNode, key,
                        "is repeated (first on line " + entries.get(key).line() + ")", Hints.DUPLICATE_KEY));
                continue;
            }
            Object value;
            try {
                value = Frozen.freeze(parser.construct(tuple.getValueNode()));
            } catch (YAMLException e) {
                problems.add(origin.problem(e, key, Hints.YAML_SYNTAX));
                continue;
            }
            entries.put(key, new Entry(key, tuple.getValueNode(), value, origin.line(keyNode),
                    origin.column(keyNode)));
        }
        return new YamlDocument(origin, entries);
    }

    private static String keyText(Node keyNode, YamlParser parser) {
        if (keyNode instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        return String.valueOf(parser.construct(keyNode));
    }

    TextOrigin origin() {
        return origin;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Entry entry(String key) {
        return entries.get(key);
    }

    Collection<Entry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /** Every key and its constructed value, in order. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        entries.values().forEach(e -> values.put(e.key(), e.value()));
        return values;
    }

    /** Every key and its line. */
    Map<String, Integer> lines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        entries.values().forEach(e -> lines.put(e.key(), e.line()));
        return lines;
    }
}
