package io.github.blogmaven.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML nearly every front matter is written in without SnakeYAML's scanner, parser and composer,
 * which cost as much as a fifth of loading a large blog: a map of distinct plain keys at the start of their lines,
 * each with a one-line value, an empty one, a block list of one-line items, or a flow list ({@code [a, b]}); values
 * plain or quoted without escapes. Anything else (comments, anchors, tags, multi-line or nested values, escapes,
 * tabs, line breaks other than {@code \n}, characters outside the Basic Multilingual Plane) is left to SnakeYAML.
 *
 * <p>The nodes are the ones SnakeYAML composes: the same tags from the same resolver, values, styles, and start
 * marks (index, line and column) for every node and end marks for scalars, which is what errors are placed by.
 * The end marks of maps and lists are those of their last child.
 */
final class SimpleYamlComposer {
    /** What SnakeYAML's reader calls a text read from a string. */
    private static final String MARK_NAME = "'reader'";

    private final Resolver resolver;

    SimpleYamlComposer(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The node tree of {@code text}, or null when it is not in the simple form and SnakeYAML must read it. */
    MappingNode compose(String text) {
        if (text.length() > YamlParser.MAX_CODE_POINTS || !printable(text)) {
            return null;
        }
        return new Reading(text).map();
    }

    /**
     * Whether every character is one SnakeYAML reads as itself on one line: no control character but the line
     * feed, no other line break, no surrogate (a column counts code points), no byte order mark.
     */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x2028 || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c >= 0xD800 && c <= 0xDFFF || c == 0xFEFF
                    || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    /** One text being read, line by line. */
    private final class Reading {
        private final String text;
        private final int[] codePoints;
        private final List<NodeTuple> entries = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private int line;
        private int lineStart;
        private int lineEnd;
        /** A key whose value is empty on its line: a block list may follow. */
        private ScalarNode openKey;
        private Mark afterOpenKey;
        private List<Node> items;
        private int itemIndent;
        private Mark listStart;

        Reading(String text) {
            this.text = text;
            // Without surrogates, as printable() made sure, each character is a code point.
            this.codePoints = new int[text.length()];
            for (int i = 0; i < codePoints.length; i++) {
                codePoints[i] = text.charAt(i);
            }
        }

        MappingNode map() {
            for (lineStart = 0; lineStart <= text.length(); lineStart = lineEnd + 1, line++) {
                lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                if (!line()) {
                    return null;
                }
            }
            closeOpenKey();
            if (entries.isEmpty()) {
                return null;
            }
            return new MappingNode(Tag.MAP, true, entries, entries.get(0).getKeyNode().getStartMark(),
                    entries.get(entries.size() - 1).getValueNode().getEndMark(), DumperOptions.FlowStyle.BLOCK);
        }

        /** Reads the current line; false when it is not in the simple form. */
        private boolean line() {
            int indent = lineStart;
            while (indent < lineEnd && text.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == lineEnd) {
                return true; // blank
            }
            if (text.charAt(indent) == '#' || hasCommentMark()) {
                return false; // a comment
            }
            if (text.charAt(indent) == '-' && (indent + 1 == lineEnd || text.charAt(indent + 1) == ' ')) {
                return item(indent);
            }
            return indent == lineStart && entry();
        }

        private boolean hasCommentMark() {
            for (int i = lineStart + 1; i < lineEnd; i++) {
                if (text.charAt(i) == '#' && text.charAt(i - 1) == ' ') {
                    return true;
                }
            }
            return false;
        }

        /** An item of a block list, its {@code -} at {@code dash}. */
        private boolean item(int dash) {
            if (openKey == null) {
                return false;
            }
            int indent = dash - lineStart;
            if (items == null) {
                items = new ArrayList<>();
                itemIndent = indent;
                listStart = mark(dash);
            } else if (indent != itemIndent) {
                return false;
            }
            int start = skipSpaces(dash + 1);
            int end = stripEnd(start, lineEnd);
            // a map as an item (- key: value) is no scalar: scalar() refuses a ": " in a plain value, and a quoted
            // one must end with its quote and hold no other
            Node item = start == end ? null : scalar(start, end, false);
            if (item == null) {
                return false;
            }
            items.add(item);
            return true;
        }

        /** A {@code key: value} line. */
        private boolean entry() {
            closeOpenKey();
            int colon = lineStart;
            while (colon < lineEnd && !(text.charAt(colon) == ':' && (colon + 1 == lineEnd
                    || text.charAt(colon + 1) == ' '))) {
                colon++;
            }
            if (colon == lineEnd || colon == lineStart || text.charAt(colon - 1) == ' ') {
                return false;
            }
            String key = text.substring(lineStart, colon);
            if (!isPlain(lineStart, colon, false) || !keys.add(key)) {
                return false; // a repeated key is SnakeYAML's to report
            }
            ScalarNode keyNode = plain(key, lineStart, colon);
            if (keyNode.getTag().equals(Tag.MERGE)) {
                return false;
            }
            int start = skipSpaces(colon + 1);
            int end = stripEnd(start, lineEnd);
            if (start == end) {
                openKey = keyNode;
                afterOpenKey = mark(colon + 1);
                return true;
            }
            Node value = text.charAt(start) == '[' ? flowList(start, end) : scalar(start, end, false);
            if (value == null) {
                return false;
            }
            entries.add(new NodeTuple(keyNode, value));
            return true;
        }

        /** Ends the value of a key left open: the block list under it, or an empty value. */
        private void closeOpenKey() {
            if (openKey == null) {
                return;
            }
            Node value;
            if (items != null) {
                value = new SequenceNode(Tag.SEQ, true, items, listStart, items.get(items.size() - 1).getEndMark(),
                        DumperOptions.FlowStyle.BLOCK);
            } else {
                value = new ScalarNode(resolver.resolve(NodeId.scalar, "", true), true, "", afterOpenKey,
                        afterOpenKey, DumperOptions.ScalarStyle.PLAIN);
            }
            entries.add(new NodeTuple(openKey, value));
            openKey = null;
            items = null;
        }

        /** A flow list {@code [a, "b", 'c']} in {@code text[start, end)}, or null. */
        private Node flowList(int start, int end) {
            if (text.charAt(end - 1) != ']') {
                return null;
            }
            List<Node> list = new ArrayList<>();
            int close = end - 1;
            int i = skipSpaces(start + 1);
            while (i < close) {
                int itemEnd;
                char first = text.charAt(i);
                if (first == '"' || first == '\'') {
                    int quote = text.indexOf(first, i + 1);
                    if (quote < 0 || quote >= close) {
                        return null;
                    }
                    itemEnd = quote + 1;
                } else {
                    itemEnd = i;
                    while (itemEnd < close && text.charAt(itemEnd) != ',') {
                        itemEnd++;
                    }
                    itemEnd = stripEnd(i, itemEnd);
                }
                if (itemEnd == i) {
                    return null;
                }
                Node item = scalar(i, itemEnd, true);
                if (item == null) {
                    return null;
                }
                list.add(item);
                i = skipSpaces(itemEnd);
                if (i < close) {
                    if (text.charAt(i) != ',') {
                        return null;
                    }
                    i = skipSpaces(i + 1);
                    if (i == close) {
                        return null; // a trailing comma
                    }
                }
            }
            return new SequenceNode(Tag.SEQ, true, list, mark(start), mark(end), DumperOptions.FlowStyle.FLOW);
        }

        /** A one-line scalar in {@code text[start, end)}: plain, or quoted without escapes; null if neither. */
        private ScalarNode scalar(int start, int end, boolean flow) {
            char first = text.charAt(start);
            if (first == '"' || first == '\'') {
                if (end - start < 2 || text.charAt(end - 1) != first) {
                    return null;
                }
                for (int i = start + 1; i < end - 1; i++) {
                    char c = text.charAt(i);
                    if (c == first || c == '\\' && first == '"') {
                        return null;
                    }
                }
                return new ScalarNode(Tag.STR, true, text.substring(start + 1, end - 1), mark(start), mark(end),
                        first == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                                : DumperOptions.ScalarStyle.SINGLE_QUOTED);
            }
            if (!isPlain(start, end, flow)) {
                return null;
            }
            return plain(text.substring(start, end), start, end);
        }

        private ScalarNode plain(String value, int start, int end) {
            return new ScalarNode(resolver.resolve(NodeId.scalar, value, true), true, value, mark(start), mark(end),
                    DumperOptions.ScalarStyle.PLAIN);
        }

        /**
         * Whether {@code text[start, end)}, which has no space at either end, reads as a plain scalar with that value
         * as it stands: no indicator first, no {@code ": "} or {@code " #"} inside, no {@code :} last; in a flow list
         * none of {@code ,[]{}:?} either.
         */
        private boolean isPlain(int start, int end, boolean flow) {
            if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(start)) >= 0 || text.charAt(end - 1) == ':') {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')
                        || flow && ",[]{}:?#'\"".indexOf(c) >= 0) {
                    return false;
                }
            }
            return true;
        }

        private int skipSpaces(int from) {
            int i = from;
            while (i < lineEnd && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private int stripEnd(int start, int end) {
            int e = end;
            while (e > start && text.charAt(e - 1) == ' ') {
                e--;
            }
            return e;
        }

        private Mark mark(int index) {
            return new Mark(MARK_NAME, index, line, index - lineStart, codePoints, index);
        }
    }
}
