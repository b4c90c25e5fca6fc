package io.github.blogmaven.renderer.internal.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's {@code codeblock} (alias {@code code}) tag:
 * {@code {% codeblock [title] [lang:language] [url] [link text] [line_number:false] [first_line:N] [mark:1,3-4]
 * [highlight:false] %}}.
 *
 * <p>The markup is that of Hexo's default highlighter (highlight.js through hexo-util, with {@code line_number}
 * and {@code wrap} on): a {@code <figure class="highlight LANG">} holding an optional caption and a table of line
 * numbers and lines. The code itself is not coloured: where Hexo wraps tokens in {@code <span class="keyword">}
 * and the like, the text is the same without them, so a theme's {@code .highlight} styles still apply.
 * {@code highlight:false} gives {@code <pre><code>} as in Hexo.
 *
 * <p>The body is taken literally, except that {@code {% raw %}} and {@code {% endraw %}} markers are dropped as
 * Hexo drops them (Hexo would also run any other tag and {@code {{ }}} in the body; here they stay code).
 */
final class CodeBlockTag {
    private static final Pattern CAPTION_URL_TITLE = Pattern.compile("(\\S[\\S\\s]*)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_URL = Pattern.compile("(\\S[\\S\\s]*)\\s+(https?://\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("\\S[\\S\\s]*");
    private static final Pattern RAW_MARKER = Pattern.compile("\\{%\\s*(?:end)?raw\\s*%}");
    private static final Set<String> LANGUAGES = languages();

    private CodeBlockTag() {
    }

    static String render(TagUse use, TagEnvironment environment) {
        String content = RAW_MARKER.matcher(use.body() == null ? "" : use.body()).replaceAll("");
        List<String> arguments = new ArrayList<>(use.arguments());
        boolean highlight = true;
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).startsWith("highlight:")) {
                highlight = arguments.remove(i).substring("highlight:".length()).equals("true");
                break;
            }
        }
        if (!highlight) {
            return "<pre><code>" + HexoHtml.escape(content) + "</code></pre>";
        }
        String lang = null;
        boolean lineNumbers = true;
        int firstLine = 1;
        Set<Integer> marked = new HashSet<>();
        List<String> rest = new ArrayList<>();
        for (String argument : arguments) {
            int colon = argument.indexOf(':');
            String key = colon < 0 ? "" : argument.substring(0, colon);
            String value = colon < 0 ? "" : argument.substring(colon + 1);
            switch (key) {
                case "lang" -> lang = value;
                case "line_number" -> lineNumbers = value.equals("true");
                case "first_line" -> firstLine = number(value, firstLine);
                case "mark" -> mark(value, marked);
                case "line_threshold", "wrap", "language_attr" -> {
                    // honoured by Hexo only together with site settings blog-maven does not read
                }
                default -> rest.add(argument);
            }
        }
        return figure(content, language(lang), caption(String.join(" ", rest), environment), lineNumbers,
                firstLine, marked);
    }

    private static String figure(String content, String language, String caption, boolean lineNumbers,
            int firstLine, Set<Integer> marked) {
        String[] lines = stripIndent(content).split("\n", -1);
        StringBuilder numbers = new StringBuilder();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int number = firstLine + i;
            numbers.append("<span class=\"line\">").append(number).append("</span><br>");
            code.append(marked.contains(number) ? "<span class=\"line marked\">" : "<span class=\"line\">")
                    .append(escapeCode(lines[i])).append("</span><br>");
        }
        StringBuilder out = new StringBuilder("<figure class=\"highlight ").append(language).append("\">");
        if (!caption.isEmpty()) {
            out.append("<figcaption>").append(caption).append("</figcaption>");
        }
        out.append("<table><tr>");
        if (lineNumbers) {
            out.append("<td class=\"gutter\"><pre>").append(numbers).append("</pre></td>");
        }
        out.append("<td class=\"code\"><pre>").append(code).append("</pre></td></tr></table></figure>");
        // Hexo hides braces from its Nunjucks pass this way
        return out.toString().replace("{", "&#123;").replace("}", "&#125;");
    }

    private static String caption(String text, TagEnvironment environment) {
        Matcher match = CAPTION_URL_TITLE.matcher(text);
        if (match.find()) {
            return span(match.group(1)) + anchor(environment, match.group(2), match.group(3));
        }
        match = CAPTION_URL.matcher(text);
        if (match.find()) {
            return span(match.group(1)) + anchor(environment, match.group(2), "link");
        }
        match = CAPTION.matcher(text);
        return match.find() ? span(match.group()) : "";
    }

    private static String span(String text) {
        return HexoHtml.tag("span", HexoHtml.attributes(), text, true);
    }

    private static String anchor(TagEnvironment environment, String url, String text) {
        return HexoHtml.tag("a", HexoHtml.attributes("href", environment.link(url)), text, true);
    }

    // hexo-util highlight: a known language (any case) names the block, anything else is plaintext
    private static String language(String lang) {
        if (lang == null || lang.isEmpty()) {
            return "plaintext";
        }
        String lower = lang.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lower) ? lower : "plaintext";
    }

    // highlight.js escaping of the code text
    private static String escapeCode(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }

    // strip-indent, which hexo-util applies once more: the least indentation of the lines with content
    private static String stripIndent(String text) {
        return TagPass.trimBody("\n" + text + "\n");
    }

    private static void mark(String value, Set<Integer> marked) {
        for (String part : value.split(",", -1)) {
            int hyphen = part.indexOf('-');
            if (hyphen >= 0) {
                Integer a = integer(part.substring(0, hyphen));
                Integer b = integer(part.substring(hyphen + 1));
                if (a != null && b != null) {
                    for (int n = Math.min(a, b); n <= Math.max(a, b); n++) {
                        marked.add(n);
                    }
                }
            } else {
                Integer n = integer(part);
                if (n != null) {
                    marked.add(n);
                }
            }
        }
    }

    private static int number(String value, int otherwise) {
        Integer n = integer(value);
        return n == null ? otherwise : n;
    }

    private static Integer integer(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return 0; // JavaScript's Number("") is 0
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> languages() {
        Set<String> names = new HashSet<>();
        try (InputStream in = CodeBlockTag.class.getResourceAsStream("highlight-languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("highlight-languages.txt is missing from the renderer");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String name : line.strip().split(" +")) {
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
