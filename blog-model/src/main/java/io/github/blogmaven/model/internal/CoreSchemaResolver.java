package io.github.blogmaven.model.internal;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars the way js-yaml (and so Hexo) does, by the YAML 1.2 core schema rather than SnakeYAML's
 * YAML 1.1 one: {@code yes}, {@code no}, {@code on}, {@code off} stay text, {@code 0123} is text rather than
 * octal, and {@code 1:20} is text rather than a sexagesimal number. Timestamps and merge keys are kept, as
 * js-yaml's default schema has them.
 */
final class CoreSchemaResolver extends Resolver {
    static final Pattern CORE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    static final Pattern CORE_INT = Pattern.compile("^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$");
    static final Pattern CORE_FLOAT = Pattern.compile(
            "^(?:[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
                    + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

    /**
     * The first characters of every value a pattern below can match. SnakeYAML files a pattern under each of its
     * first characters, and one with U+0000 among them, as the null pattern, under all; that one also takes " ".
     */
    private static final String RESOLVED_FIRST = "tTfF-+0123456789.<~nN ";

    /**
     * As SnakeYAML resolves, without running the null and empty-value patterns over every plain scalar no pattern
     * can match: titles, tags and categories, most of a front matter's scalars, are text.
     */
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty() && RESOLVED_FIRST.indexOf(value.charAt(0)) < 0) {
            return Tag.STR;
        }
        return super.resolve(kind, value, implicit);
    }

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF");
        addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, CORE_FLOAT, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
        addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
    }
}
