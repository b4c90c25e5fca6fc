package io.github.blogmaven.renderer.internal.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the arguments of a tag as Hexo's Nunjucks extension does ({@code NunjucksTag._parseArgs}): whitespace
 * separates arguments, a quoted string is one piece of an argument with its quotes removed and its backslash
 * escapes resolved ({@code \n}, {@code \t}, {@code \r}, else the escaped character), and everything else is kept
 * as written. So
 * {@code "spaced name.jpg"} is one argument and {@code lang:python} another.
 */
final class TagArguments {
    private TagArguments() {
    }

    static List<String> split(String text) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean any = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                add(arguments, current, any);
                any = false;
                i++;
            } else if ((c == '"' || c == '\'') && text.indexOf(c, i + 1) >= 0) {
                i = string(text, i, current);
                any = true;
            } else {
                current.append(c);
                any = true;
                i++;
            }
        }
        add(arguments, current, any);
        return arguments;
    }

    private static void add(List<String> arguments, StringBuilder current, boolean any) {
        String argument = current.toString().strip();
        if (any && !argument.isEmpty()) {
            arguments.add(argument);
        }
        current.setLength(0);
    }

    // Nunjucks' lexer: a backslash takes the next character as it is, except n, t and r
    private static int string(String text, int start, StringBuilder out) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return i + 1;
    }
}
