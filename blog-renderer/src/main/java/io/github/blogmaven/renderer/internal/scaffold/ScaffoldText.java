package io.github.blogmaven.renderer.internal.scaffold;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scaffold's text with its placeholders filled in and, when asked, an {@code abbrlink} added. */
final class ScaffoldText {
    /** Hexo's built-in scaffolds ({@code hexo/lib/plugins/... scaffold}), by layout; {@code normal} for others. */
    static final Map<String, String> DEFAULTS = Map.of(
            "post", "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n",
            "page", "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n",
            "draft", "---\ntitle: {{ title }}\ntags:\n---\n",
            "normal", "---\nlayout: {{ layout }}\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(title|date|layout)\\s*\\}\\}");
    private static final Pattern ABBRLINK_LINE = Pattern.compile("(?m)^abbrlink:[ \\t]*(\\S.*)?$");
    private static final Pattern PLAIN_SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.,()'/-]*");

    private ScaffoldText() {
    }

    /** {@code scaffold} with {@code {{ title }}}, {@code {{ date }}} and {@code {{ layout }}} replaced. */
    static String fill(String scaffold, String title, String date, String layout) {
        Matcher m = PLACEHOLDER.matcher(scaffold);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "title" -> yamlScalar(title);
                case "date" -> date;
                default -> yamlScalar(layout);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code text} with {@code abbrlink: value} in its front matter: an empty {@code abbrlink:} line is filled,
     * a written one kept, and otherwise the line is added last. Text without front matter is left alone.
     */
    static String withAbbrlink(String text, String value) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return text;
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            return text;
        }
        String head = normalized.substring(0, end + 1);
        Matcher line = ABBRLINK_LINE.matcher(head);
        if (line.find()) {
            if (line.group(1) != null) {
                return normalized;
            }
            return line.replaceFirst("abbrlink: " + value) + normalized.substring(end + 1);
        }
        return head + "abbrlink: " + value + "\n" + normalized.substring(end + 1);
    }

    /**
     * {@code value} as a YAML scalar that reads back as the same string: plain when that is safe, otherwise
     * double-quoted with escapes. Words YAML would read as booleans, nulls or numbers are quoted too.
     */
    static String yamlScalar(String value) {
        if (PLAIN_SAFE.matcher(value).matches() && !value.endsWith(" ") && !looksTyped(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean looksTyped(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return lower.matches("true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan");
    }
}
