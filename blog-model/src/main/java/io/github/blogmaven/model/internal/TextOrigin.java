package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.ContentProblem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a YAML text sits in its file, so SnakeYAML's 0-based marks become the file's 1-based lines and columns.
 *
 * @param path the file, relative to the project base directory
 * @param firstLine the file line of the text's first line
 * @param firstLineShift characters added in front of the first line ({@code 1} for JSON's added brace)
 * @param leadingTabs for each line of the text, how many leading tabs were each expanded to two spaces before
 *     parsing (see {@link FrontMatterParser#expandLeadingTabs(String)}), so columns still count a tab as one; empty
 *     when none were
 */
record TextOrigin(String path, int firstLine, int firstLineShift, int[] leadingTabs) {
    private static final int[] NO_TABS = new int[0];

    TextOrigin(String path, int firstLine, int firstLineShift) {
        this(path, firstLine, firstLineShift, NO_TABS);
    }

    static TextOrigin wholeFile(String path) {
        return new TextOrigin(path, 1, 0);
    }

    /** This origin for a text whose leading tabs, as written in {@code raw}, were expanded before parsing. */
    TextOrigin withLeadingTabsOf(String raw) {
        if (raw.indexOf('\t') < 0) {
            return this;
        }
        String[] lines = raw.split("\n", -1);
        int[] tabs = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            int count = 0;
            while (count < lines[i].length() && lines[i].charAt(count) == '\t') {
                count++;
            }
            tabs[i] = count;
        }
        return new TextOrigin(path, firstLine, firstLineShift, tabs);
    }

    int line(Mark mark) {
        return mark == null ? 0 : firstLine + mark.getLine();
    }

    int column(Mark mark) {
        if (mark == null) {
            return 0;
        }
        int shift = mark.getLine() == 0 ? firstLineShift : 0;
        int column = mark.getColumn();
        int tabs = mark.getLine() < leadingTabs.length ? leadingTabs[mark.getLine()] : 0;
        if (tabs > 0) {
            // Each leading tab became two spaces: inside them, two parsed columns are one tab of the file.
            column = column < 2 * tabs ? column / 2 : column - tabs;
        }
        return Math.max(1, column + 1 - shift);
    }

    int line(Node node) {
        return line(node.getStartMark());
    }

    int column(Node node) {
        return column(node.getStartMark());
    }

    ContentProblem problem(Node node, String key, String message, String hint) {
        return new ContentProblem(path, line(node), column(node), key, message, hint);
    }

    /** A SnakeYAML error as a problem at the place it names, without SnakeYAML's own copy of the text. */
    ContentProblem problem(YAMLException error, String key, String hint) {
        if (error instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String message = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            if (marked.getContext() != null && marked.getProblem() != null) {
                message = marked.getContext() + ": " + marked.getProblem();
            }
            return new ContentProblem(path, line(mark), column(mark), key, Hints.yamlMessage(message),
                    Hints.yamlHint(message, hint));
        }
        return new ContentProblem(path, 0, 0, key, Hints.yamlMessage(error.getMessage()),
                Hints.yamlHint(error.getMessage(), hint));
    }
}
