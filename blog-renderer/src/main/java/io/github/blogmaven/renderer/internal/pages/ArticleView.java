package io.github.blogmaven.renderer.internal.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.blogmaven.renderer.internal.theme.Markup;
import java.util.List;
import java.util.Map;

/**
 * A post or page as templates see it. HTML values are markup, so {@code ${page.content}} is not escaped again.
 *
 * @param kind {@code post}, {@code page}, or {@code generated} for the tags and categories indexes and 404
 * @param title the title as written (templates escape it)
 * @param path the output file, relative to the site root
 * @param url root-relative, percent-encoded URL
 * @param permalink absolute URL, for canonical links
 * @param date written; null for generated pages
 * @param updated last changed; null for generated pages
 * @param lang front-matter {@code lang}, or null
 * @param layout the layout asked for
 * @param content the whole rendered content (templates see its HTML)
 * @param excerpt what list pages show: the front-matter {@code excerpt} as a paragraph, the part before
 *     {@code <!-- more -->}, or an automatic excerpt
 * @param excerptIsPartial whether the excerpt leaves something out, so a "read more" link helps
 * @param moreUrl where "read more" goes: {@code url#more} when the post has a more marker, else {@code url}
 * @param description front-matter {@code description}, else the excerpt's text, else the site description
 * @param toc the table of contents; empty when the content has fewer than two headings
 * @param tags the post's tags, in front-matter order
 * @param categories the post's category chains, each from the top-level category down
 * @param author the author card, or null when the front matter names no author
 * @param comments front-matter {@code comments}
 * @param draft whether it is a draft
 * @param newer the next newer post, or null
 * @param older the next older post, or null
 * @param frontMatter every front-matter key as written ({@code page.frontMatter.keywords})
 * @param source the source file relative to the project
 */
public record ArticleView(
        String kind,
        String title,
        String path,
        String url,
        String permalink,
        Moment date,
        Moment updated,
        String lang,
        String layout,
        Markup content,
        TemplateHTMLOutputModel excerpt,
        boolean excerptIsPartial,
        String moreUrl,
        String description,
        List<TocEntry> toc,
        List<TermView> tags,
        List<List<TermView>> categories,
        AuthorView author,
        boolean comments,
        boolean draft,
        PostLink newer,
        PostLink older,
        Map<String, Object> frontMatter,
        String source) {

    public ArticleView {
        toc = List.copyOf(toc);
        tags = List.copyOf(tags);
        categories = Mapped.of(categories, List::copyOf);
    }

    /** This view with its neighbours set. */
    public ArticleView withNeighbours(PostLink newerPost, PostLink olderPost) {
        return new ArticleView(kind, title, path, url, permalink, date, updated, lang, layout, content, excerpt,
                excerptIsPartial, moreUrl, description, toc, tags, categories, author, comments, draft, newerPost,
                olderPost, frontMatter, source);
    }

    /** This view with its content held by {@code other}: the same HTML, kept elsewhere. */
    public ArticleView withContent(Markup other) {
        return new ArticleView(kind, title, path, url, permalink, date, updated, lang, layout, other, excerpt,
                excerptIsPartial, moreUrl, description, toc, tags, categories, author, comments, draft, newer, older,
                frontMatter, source);
    }
}
