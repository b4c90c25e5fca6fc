package io.github.blogmaven.model.internal;

import java.io.StringReader;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML (and JSON, which is YAML's flow style) safely: only SnakeYAML's safe types, no global tags, and
 * limits on aliases, nesting and size so a hostile file cannot exhaust memory. One instance per thread.
 */
final class YamlParser {
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 50;
    static final int MAX_CODE_POINTS = 5 * 1024 * 1024;
    /**
     * The longest run of characters without a space or line break. SnakeYAML copies its read-ahead buffer for
     * every 1024 characters of a token, so reading one token costs the square of its length: 4 million
     * characters take over ten seconds, 256 Ki a fraction of one.
     */
    static final int MAX_RUN = 256 * 1024;

    private final LoaderOptions options;
    private final Resolver resolver = new CoreSchemaResolver();
    private final SimpleYamlComposer simple = new SimpleYamlComposer(resolver);
    private final ValueConstructor constructor;

    /** A SnakeYAML error that came without a position (a limit was exceeded), placed where reading stopped. */
    static final class PlacedYamlException extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        PlacedYamlException(String problem, Mark mark, Throwable cause) {
            super(null, null, problem, mark, cause);
        }
    }

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
        this.options = options;
        this.constructor = new ValueConstructor(options, timestamps);
    }

    /**
     * The node tree of {@code text}, or null for an empty document.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when it is not valid YAML
     */
    Node compose(String text) {
        refuseLongRuns(text);
        Node node = simple.compose(text);
        return node != null ? node : composeBySnakeYaml(text);
    }

    /** {@link #compose} by SnakeYAML whatever the text, for the tests that compare the two ways. */
    Node composeBySnakeYaml(String text) {
        StreamReader reader = new StreamReader(new StringReader(text));
        try {
            return new Composer(new ParserImpl(reader, options), resolver, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw e;
        } catch (YAMLException e) {
            // The alias, nesting and size limits are reported without a position: use where reading stopped.
            throw new PlacedYamlException(e.getMessage(), reader.getMark(), e);
        }
    }

    private static void refuseLongRuns(String text) {
        int line = 0;
        int lineStart = 0;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (i - runStart > MAX_RUN) {
                    Mark mark = new Mark("yaml", runStart, line, runStart - lineStart, new int[0], 0);
                    throw new PlacedYamlException("a value has " + (i - runStart) + " characters without a space or "
                            + "line break, more than the " + MAX_RUN + " that are read", mark, null);
                }
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                runStart = i + 1;
            }
        }
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
