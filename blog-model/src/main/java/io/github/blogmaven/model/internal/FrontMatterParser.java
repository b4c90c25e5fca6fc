package io.github.blogmaven.model.internal;

import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Splits a source file into front matter and body as hexo-front-matter does (see {@link FrontMatterSplitter}),
 * and parses the front matter: YAML between {@code ---} fences, with leading tabs turned into two spaces each,
 * or JSON between {@code ;;;} fences, read as {@code "{" + raw + "}"}.
 *
 * <p>With an opening fence, a YAML error is a problem; a block that is valid but not a map makes the whole
 * file the body, as in Hexo. Without an opening fence, the block is front matter only if it parses as a map.
 */
final class FrontMatterParser {
    private final YamlParser yaml;
    private final Consumer<String> log;

    FrontMatterParser(YamlParser yaml, Consumer<String> log) {
        this.yaml = yaml;
        this.log = log;
    }

    ParsedSource parse(String path, String text, Problems problems) {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        if (split.unclosedFence()) {
            log.accept(Hints.unclosedFence(path));
        }
        Optional<FrontMatterBlock> found = split.block();
        if (found.isEmpty()) {
            return wholeBody(path, text);
        }
        FrontMatterBlock block = found.get();
        boolean json = block.format() == FrontMatterBlock.Format.JSON;
        String yamlText = json ? "{" + block.raw() + "}" : expandLeadingTabs(block.raw());
        TextOrigin origin = json ? new TextOrigin(path, block.firstLine(), 1)
                : new TextOrigin(path, block.firstLine(), 0).withLeadingTabsOf(block.raw());
        if (block.raw().isBlank() && block.fenced()) {
            return new ParsedSource(YamlDocument.empty(origin), text, block.bodyOffset(), block.contentLine());
        }
        Node root;
        try {
            root = yaml.compose(yamlText);
        } catch (YAMLException e) {
            if (block.fenced()) {
                problems.add(origin.problem(e, null, json ? Hints.JSON_SYNTAX : Hints.YAML_SYNTAX));
            }
            return wholeBody(path, text);
        }
        if (root == null && block.fenced()) {
            return new ParsedSource(YamlDocument.empty(origin), text, block.bodyOffset(), block.contentLine());
        }
        if (!(root instanceof MappingNode mapping)) {
            return wholeBody(path, text);
        }
        Problems keyProblems = new Problems();
        YamlDocument document = YamlDocument.read(mapping, yaml, origin, keyProblems);
        if (!block.fenced() && !keyProblems.isEmpty()) {
            return wholeBody(path, text);
        }
        problems.addAll(keyProblems);
        return new ParsedSource(document, text, block.bodyOffset(), block.contentLine());
    }

    private static ParsedSource wholeBody(String path, String text) {
        return new ParsedSource(YamlDocument.empty(TextOrigin.wholeFile(path)), text, 0, 1);
    }

    /** hexo-front-matter's {@code escapeYAML}: every leading tab becomes two spaces. */
    static String expandLeadingTabs(String yaml) {
        if (yaml.indexOf('\t') < 0) {
            return yaml;
        }
        StringBuilder out = new StringBuilder(yaml.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (lineStart && c == '\t') {
                out.append("  ");
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }
}
