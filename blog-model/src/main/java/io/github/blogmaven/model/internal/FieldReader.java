package io.github.blogmaven.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of YAML nodes and reports a problem, at the value's position, for each value of the
 * wrong type. Text is read as written ({@code title: 2024} is {@code "2024"}, {@code abbrlink: 0123} is
 * {@code "0123"}), because Hexo's titles, tags and categories are text whatever they look like.
 *
 * <p>Every method returns {@code null} (or an empty list) for a key that is absent or explicitly null, and
 * also after reporting a problem, so callers fall back to their default and keep going.
 */
final class FieldReader {
    private final YamlDocument document;
    private final Problems problems;

    FieldReader(YamlDocument document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    YamlDocument document() {
        return document;
    }

    Node node(String key) {
        YamlDocument.Entry entry = document.entry(key);
        return entry == null ? null : entry.node();
    }

    String text(String key) {
        return text(node(key), key);
    }

    Boolean bool(String key) {
        return bool(node(key), key);
    }

    Integer integer(String key) {
        return integer(node(key), key);
    }

    List<String> texts(String key) {
        return texts(node(key), key);
    }

    Map<String, String> textMap(String key) {
        return textMap(node(key), key);
    }

    /** The text of a scalar as written, or null for a missing or null value; a list or map is a problem. */
    String text(Node node, String key) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        report(node, key, "should be text, not " + kind(node), Hints.QUOTE_TEXT);
        return null;
    }

    Boolean bool(Node node, String key) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
        }
        report(node, key, "should be true or false, not " + describe(node), Hints.BOOLEAN);
        return null;
    }

    Integer integer(Node node, String key) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.matches("[-+]?[0-9]{1,9}")) {
                return Integer.parseInt(value);
            }
        }
        report(node, key, "should be a whole number, not " + describe(node), Hints.INTEGER);
        return null;
    }

    /** A single text or a list of texts; null items are skipped. */
    List<String> texts(Node node, String key) {
        List<String> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            return result;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = text(item, key);
                if (text != null) {
                    result.add(text);
                }
            }
            return result;
        }
        String text = text(node, key);
        if (text != null) {
            result.add(text);
        }
        return result;
    }

    /** A map whose keys and values are read as text; null values are skipped. */
    Map<String, String> textMap(Node node, String key) {
        Map<String, String> result = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return result;
        }
        if (!(node instanceof MappingNode mapping)) {
            report(node, key, "should be a map of names to values, not " + describe(node), Hints.MAP);
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = text(tuple.getKeyNode(), key);
            String value = text(tuple.getValueNode(), key + "." + name);
            if (name != null && value != null) {
                result.put(name, value);
            }
        }
        return result;
    }

    /** The value under {@code name} in a mapping node, or null. */
    static Node child(Node node, String name) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    void report(Node node, String key, String message, String hint) {
        problems.add(document.origin().problem(node, key, message, hint));
    }

    static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        return "text";
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return kind(node);
    }
}
