package io.github.blogmaven.model.internal;

import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SnakeYAML's safe constructor, except that timestamps are handed to a converter as the text written, so a
 * naive {@code 2017-10-14 21:54:12} can be read in the site's time zone instead of SnakeYAML's UTC.
 */
final class ValueConstructor extends SafeConstructor {

    ValueConstructor(LoaderOptions options, Function<String, Object> timestamps) {
        super(options);
        yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
            @Override
            public Object construct(Node node) {
                return timestamps.apply(((ScalarNode) node).getValue());
            }
        });
    }

    /** The Java value of one node (and everything below it). */
    Object construct(Node node) {
        return constructDocument(node);
    }
}
