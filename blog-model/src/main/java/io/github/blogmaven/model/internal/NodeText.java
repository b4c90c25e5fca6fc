package io.github.blogmaven.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The text of YAML nodes as written, for keys whose values are text whatever they look like. */
final class NodeText {
    private NodeText() {
    }

    /**
     * A scalar's text ({@code null} for an explicit or empty null), a list of such values for a sequence, and
     * the constructed value for anything else (a map).
     *
     * @param constructed the value SnakeYAML built from {@code node}
     */
    static Object raw(Node node, Object constructed) {
        if (node instanceof ScalarNode scalar) {
            return FieldReader.isNull(scalar) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence && constructed instanceof List<?> values
                && values.size() == sequence.getValue().size()) {
            List<Object> items = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                items.add(raw(sequence.getValue().get(i), values.get(i)));
            }
            return Collections.unmodifiableList(items);
        }
        return constructed;
    }

    /** A value as a permalink token sees it: a scalar's text, list items joined by commas (as JavaScript does). */
    static String token(Node node, Object constructed) {
        Object raw = raw(node, constructed);
        if (raw instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(list.get(i) == null ? "" : list.get(i));
            }
            return out.toString();
        }
        return raw == null ? null : String.valueOf(raw);
    }
}
