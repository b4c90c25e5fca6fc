package io.github.blogmaven.renderer.internal.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's {@code blockquote} (alias {@code quote}) and {@code pullquote} tags, whose body is Markdown:
 * {@code {% blockquote [author[, source]] [link] [source_link_title] %}...{% endblockquote %}} and
 * {@code {% pullquote [class] %}...{% endpullquote %}}.
 */
final class QuoteTags {
    private static final Pattern FULL_CITE_WITH_TITLE = Pattern.compile("(\\S.*)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_CITE = Pattern.compile("(\\S.*)\\s+(https?://\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_TITLE = Pattern.compile("([^,]+),\\s*([^,]+)");
    private static final Pattern LINK_TEXT = Pattern.compile("^https?://|/(index.html?)?$");

    private QuoteTags() {
    }

    /** The body as Markdown in a {@code <blockquote>}, with a footer naming the author and citing the source. */
    static String blockquote(TagUse use, TagEnvironment environment) {
        String footer = footer(String.join(" ", use.arguments()), environment);
        return "<blockquote>" + environment.markdown(use.body()) + (footer.isEmpty() ? "" : "<footer>" + footer
                + "</footer>") + "</blockquote>";
    }

    /** The body as Markdown in a {@code <blockquote class="pullquote [class...]">}. */
    static String pullquote(TagUse use, TagEnvironment environment) {
        String classes = use.arguments().isEmpty() ? "pullquote" : "pullquote " + String.join(" ", use.arguments());
        return "<blockquote class=\"" + HexoHtml.text(classes) + "\">" + environment.markdown(use.body())
                + "</blockquote>";
    }

    // hexo's parseFooter; the author and title are written as they are, HTML included, as Hexo writes them
    private static String footer(String text, TagEnvironment environment) {
        if (text.isEmpty()) {
            return "";
        }
        String author;
        String source = "";
        String title = "";
        Matcher match = FULL_CITE_WITH_TITLE.matcher(text);
        if (match.find()) {
            author = match.group(1);
            source = match.group(2);
            title = match.group(3);
        } else if ((match = FULL_CITE.matcher(text)).find()) {
            author = match.group(1);
            source = match.group(2);
        } else if ((match = AUTHOR_TITLE.matcher(text)).find()) {
            author = match.group(1);
            title = match.group(2);
        } else {
            author = text;
        }
        StringBuilder footer = new StringBuilder();
        if (!author.isEmpty()) {
            footer.append("<strong>").append(author).append("</strong>");
        }
        if (!source.isEmpty()) {
            String link = LINK_TEXT.matcher(source).replaceAll("");
            footer.append("<cite><a href=\"").append(HexoHtml.text(environment.link(source))).append("\">")
                    .append(title.isEmpty() ? link : title).append("</a></cite>");
        } else if (!title.isEmpty()) {
            footer.append("<cite>").append(title).append("</cite>");
        }
        return footer.toString();
    }
}
