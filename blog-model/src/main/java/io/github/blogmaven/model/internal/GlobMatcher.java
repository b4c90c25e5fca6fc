package io.github.blogmaven.model.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches {@code /}-separated relative paths against globs as micromatch (Hexo's matcher) does for the patterns
 * people write in {@code skip_render}, {@code include} and {@code exclude}: {@code *} and {@code ?} stay within
 * one path segment, {@code **} spans segments ({@code **}{@code /} also matches no segment at all),
 * {@code {a,b}} is either alternative, and {@code [...]} is a character class.
 */
final class GlobMatcher {
    private final List<Pattern> patterns;

    GlobMatcher(List<String> globs) {
        this.patterns = globs.stream().filter(g -> !g.isBlank()).map(GlobMatcher::compile).toList();
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    boolean matches(String path) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String glob) {
        String g = glob.strip();
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        while (g.startsWith("/")) {
            g = g.substring(1);
        }
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        while (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                            i++;
                        }
                        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                            i++;
                            regex.append("(?:.*/)?");
                        } else {
                            regex.append(".*");
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '[' -> {
                    int close = g.indexOf(']', i + 2);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String body = g.substring(i + 1, close);
                        if (body.startsWith("!")) {
                            body = "^" + body.substring(1);
                        }
                        regex.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = close;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        while (braces-- > 0) {
            regex.append(')');
        }
        return Pattern.compile(regex.toString());
    }
}
