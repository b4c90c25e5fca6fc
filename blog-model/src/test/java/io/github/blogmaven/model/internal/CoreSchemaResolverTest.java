package io.github.blogmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class CoreSchemaResolverTest {
    /** SnakeYAML's resolution by the same patterns, with no shortcut. */
    private static final class ByPatterns extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, CoreSchemaResolver.CORE_BOOL, "tTfF");
            addImplicitResolver(Tag.INT, CoreSchemaResolver.CORE_INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, CoreSchemaResolver.CORE_FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
            addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
        }
    }

    @Test
    @DisplayName("plain scalars get the tags the patterns alone give: the shortcut to text skips no match")
    void sameAsPatterns() {
        Resolver resolver = new CoreSchemaResolver();
        Resolver byPatterns = new ByPatterns();
        String pieces = "tTfFrueals-+0123456789.eE<~nNul\0 \t:xXaAyo中文_Inf";
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                value.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String text = value.toString();
            assertEquals(byPatterns.resolve(NodeId.scalar, text, true), resolver.resolve(NodeId.scalar, text, true),
                    () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    @DisplayName("the YAML 1.2 core schema: booleans, numbers, null, timestamps; yes, on and 0123 stay text")
    void coreSchema() {
        Resolver resolver = new CoreSchemaResolver();
        Map<String, Tag> expected = Map.ofEntries(Map.entry("", Tag.NULL), Map.entry("true", Tag.BOOL),
                Map.entry("False", Tag.BOOL), Map.entry("12", Tag.INT), Map.entry("0x1F", Tag.INT),
                Map.entry("1.5e3", Tag.FLOAT), Map.entry(".inf", Tag.FLOAT), Map.entry("~", Tag.NULL),
                Map.entry("null", Tag.NULL), Map.entry("2024-01-02", Tag.TIMESTAMP), Map.entry("Redis", Tag.STR),
                Map.entry("中文标题", Tag.STR), Map.entry("yes", Tag.STR), Map.entry("on", Tag.STR),
                Map.entry("0123", Tag.STR), Map.entry("1:20", Tag.STR));
        expected.forEach((text, tag) -> assertEquals(tag, resolver.resolve(NodeId.scalar, text, true), text));
    }
}
