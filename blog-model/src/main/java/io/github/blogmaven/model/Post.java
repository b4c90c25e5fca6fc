package io.github.blogmaven.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A post from {@code source/_posts} (or a draft from {@code source/_drafts}).
 *
 * @param source the file it was read from
 * @param title the title, {@code ""} when the front matter has none
 * @param date when it was written, in the site's time zone
 * @param updated when it was last changed; equal to {@code date} unless the front matter says otherwise
 * @param tags its tags, in front-matter order, without duplicates
 * @param categories its category chains: each inner list goes from a top-level category down to a child,
 *     and every term carries its full slug path
 * @param abbrlink the front-matter {@code abbrlink} as written, or the value hexo-abbrlink would compute
 * @param layout the layout to render with ({@code post} by default); {@code "false"} for {@code layout: false},
 *     which means the rendered Markdown is written without any theme (see {@link #themed()})
 * @param draft whether it is a draft ({@code _drafts/}, {@code published: false} or {@code draft: true})
 * @param lang the front-matter {@code lang}, or {@code null}
 * @param comments whether comments are enabled (front-matter {@code comments}, {@code true} by default)
 * @param excerpt the front-matter {@code excerpt}, or {@code null} to derive one from the content
 * @param slug Hexo's {@code :title}: the path below {@code _posts/} without the extension
 * @param path the output path relative to the site root, such as {@code posts/7631b95.html} or
 *     {@code 2017/10/14/hello/index.html}; never starts with {@code /}
 * @param body the Markdown after the front matter, held in memory or read from the file again (see {@link Body})
 * @param frontMatter every front-matter key, including ones blog-maven gives no meaning to
 */
public record Post(
        SourceFile source,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<Term> tags,
        List<List<Term>> categories,
        String abbrlink,
        String layout,
        boolean draft,
        String lang,
        boolean comments,
        String excerpt,
        String slug,
        String path,
        Body body,
        FrontMatter frontMatter) {

    public Post {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        tags = List.copyOf(tags);
        categories = categories.stream().map(List::copyOf).toList();
        Objects.requireNonNull(abbrlink, "abbrlink");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(frontMatter, "frontMatter");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the site root: " + path);
        }
    }

    /** Whether the post is wrapped in a theme layout ({@code false} for {@code layout: false}). */
    public boolean themed() {
        return !"false".equals(layout);
    }

    /** The deepest category of the last chain, which Hexo's {@code :category} permalink token uses, or null. */
    public Term lastCategory() {
        if (categories.isEmpty()) {
            return null;
        }
        List<Term> last = categories.get(categories.size() - 1);
        return last.get(last.size() - 1);
    }
}
