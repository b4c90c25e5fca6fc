package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.feed.Feeds;
import io.github.blogmaven.renderer.internal.links.ExternalLinks;
import io.github.blogmaven.renderer.internal.links.RelativeLinks;
import io.github.blogmaven.renderer.internal.pages.ArticleView;
import io.github.blogmaven.renderer.internal.pages.Listing;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import io.github.blogmaven.renderer.internal.theme.Theme;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Renders each kind of page with its template. Which template: a post's or page's {@code layout} when the theme
 * has it, else {@code post.ftlh} or {@code page.ftlh}; a page with NexT's {@code type: tags} or
 * {@code type: categories} gets {@code tags.ftlh} or {@code categories.ftlh}; list pages get
 * {@code index.ftlh}, {@code archive.ftlh}, {@code tag.ftlh} and {@code category.ftlh}; then {@code tags.ftlh},
 * {@code categories.ftlh}, {@code 404.ftlh}, {@code atom.ftlx}, {@code rss2.ftlx} and {@code sitemap.ftlx} (a text
 * sitemap needs no template).
 * Shared by all render threads; holds nothing mutable.
 */
public final class PageRenderer {
    private final Theme theme;
    private final Views views;
    private final RenderedContent content;
    private final Routes routes;
    private final Feeds feeds;
    private final List<Post> feedPosts;
    private final BrokenLinks brokenLinks;
    private final ExternalLinks externalLinks;
    private final RelativeLinks relativeLinks;
    private final BiConsumer<String, String> templateUse;

    /**
     * @param brokenLinks checks the links of every HTML page rendered; null not to check
     * @param externalLinks opens the external links of every page in a new tab ({@code external_link.field: site});
     *     null not to
     * @param relativeLinks makes the links of every page but 404.html relative ({@code relative_link}); null not to
     * @param templateUse told the top-level template of each page rendered with one (page, template); null for no
     *     one
     */
    PageRenderer(Theme theme, Views views, RenderedContent content, Routes routes, Feeds feeds,
            List<Post> feedPosts, BrokenLinks brokenLinks, ExternalLinks externalLinks, RelativeLinks relativeLinks,
            BiConsumer<String, String> templateUse) {
        this.templateUse = templateUse;
        this.brokenLinks = brokenLinks;
        this.externalLinks = externalLinks;
        this.relativeLinks = relativeLinks;
        this.theme = theme;
        this.views = views;
        this.content = content;
        this.routes = routes;
        this.feeds = feeds;
        this.feedPosts = List.copyOf(feedPosts);
    }

    public String post(Post post) throws TemplateFailure, IOException {
        if ("false".equals(post.layout())) {
            return content.of(post).html();
        }
        ArticleView view = views.of(post);
        String template = theme.find(layout(post.layout(), "post"), "post.ftlh");
        Map<String, Object> model = model(view);
        model.put("post", view);
        return render(template, model, post.path());
    }

    public String page(Page page) throws TemplateFailure, IOException {
        if (!page.themed()) {
            return content.of(page).html();
        }
        Object type = page.frontMatter().get("type");
        String typed = "tags".equals(type) || "categories".equals(type) ? type + ".ftlh" : null;
        String template = theme.find(layout(page.layout(), "page"), typed, "page.ftlh");
        return render(template, model(views.of(page)), page.path());
    }

    public String listing(Listing listing) throws TemplateFailure, IOException {
        Map<String, Object> model = model(views.listing(listing));
        model.put("paginator", views.paginator(listing));
        return render(listing.kind() + ".ftlh", model, io.github.blogmaven.renderer.internal.links.Links
                .fileOf(listing.route()));
    }

    public String tagsIndex() throws TemplateFailure, IOException {
        return generated("tags.ftlh", routes.tagsIndex());
    }

    public String categoriesIndex() throws TemplateFailure, IOException {
        return generated("categories.ftlh", routes.categoriesIndex());
    }

    public String notFound() throws TemplateFailure, IOException {
        return generated("404.ftlh", Routes.NOT_FOUND);
    }

    public String atom() throws TemplateFailure, IOException {
        return feed("atom.ftlx", routes.atom());
    }

    public String rss2() throws TemplateFailure, IOException {
        return feed("rss2.ftlx", routes.rss2());
    }

    /** An XML sitemap, written to {@code path}. */
    public String sitemap(String path) throws TemplateFailure, IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("entries", feeds.sitemap());
        return render("sitemap.ftlx", model, path);
    }

    /** The plain-text sitemap, one URL a line, as hexo-generator-sitemap writes {@code sitemap.txt}. */
    public String sitemapText() {
        return feeds.sitemapText();
    }

    private String feed(String template, String path) throws TemplateFailure, IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("feed", feeds.feed(feedPosts, content));
        return render(template, model, path);
    }

    private String generated(String template, String route) throws TemplateFailure, IOException {
        ArticleView view = views.generated("", route);
        return render(template, model(view), view.path());
    }

    private String render(String template, Map<String, Object> model, String page)
            throws TemplateFailure, IOException {
        model.put("theme", views.theme());
        if (templateUse != null) {
            templateUse.accept(page, template);
        }
        String html = theme.render(template, model, page);
        if (!template.endsWith(".ftlh")) {
            return html;
        }
        if (externalLinks != null) {
            html = externalLinks.apply(html);
        }
        if (brokenLinks != null) {
            brokenLinks.checkPage(page, template, html);
        }
        // 404.html is served for any missing path, so only links from the root work there.
        if (relativeLinks != null && !page.equals(Routes.NOT_FOUND)) {
            html = relativeLinks.apply(html, page);
        }
        return html;
    }

    private Map<String, Object> model(Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        return model;
    }

    private static String layout(String layout, String fallback) {
        return Theme.isLayoutName(layout) && !layout.equals(fallback) ? layout + ".ftlh" : null;
    }
}
