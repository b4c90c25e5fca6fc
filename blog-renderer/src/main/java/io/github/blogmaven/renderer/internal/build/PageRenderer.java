package io.github.blogmaven.renderer.internal.build;

import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.feed.Feeds;
import io.github.blogmaven.renderer.internal.links.ExternalLinks;
import io.github.blogmaven.renderer.internal.links.HtmlLinks;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.links.RelativeLinks;
import io.github.blogmaven.renderer.internal.pages.ArticleView;
import io.github.blogmaven.renderer.internal.pages.Listing;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.output.Utf8;
import io.github.blogmaven.renderer.internal.theme.PageText;
import io.github.blogmaven.renderer.internal.theme.TemplateFailure;
import io.github.blogmaven.renderer.internal.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Each page is first prepared (its template and model), then rendered. Shared by all render threads; holds
 * nothing mutable but each thread's own buffers.
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
    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

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

    /**
     * What one page is rendered from: a template and its model, or, for a page without one, its text. Equal
     * preparations render equal pages, which is how a live rebuild knows a page need not be rendered again.
     *
     * @param template the top-level template, or null for a page written as {@code text}
     * @param model what the template sees
     * @param page the output path
     * @param text the page itself when it has no template, else null
     */
    public record Prepared(String template, Map<String, Object> model, String page, String text) {
    }

    public Prepared post(Post post) throws IOException {
        return post(post, views.of(post), "false".equals(post.layout()) ? content.of(post).html() : null);
    }

    /**
     * As {@link #post(Post)}, with the post's view and HTML given, for a build that renders each post's page as
     * soon as its Markdown is rendered.
     */
    public Prepared post(Post post, ArticleView view, String html) throws IOException {
        if ("false".equals(post.layout())) {
            return new Prepared(null, null, post.path(), html);
        }
        String template = theme.find(layout(post.layout(), "post"), "post.ftlh");
        Map<String, Object> model = model(view);
        model.put("post", view);
        return new Prepared(template, model, post.path(), null);
    }

    public Prepared page(Page page) throws IOException {
        return page(page, views.of(page), page.themed() ? null : content.of(page).html());
    }

    /** As {@link #post(Post, ArticleView, String)}, for a page. */
    public Prepared page(Page page, ArticleView view, String html) throws IOException {
        if (!page.themed()) {
            return new Prepared(null, null, page.path(), html);
        }
        Object type = page.frontMatter().get("type");
        String typed = "tags".equals(type) || "categories".equals(type) ? type + ".ftlh" : null;
        String template = theme.find(layout(page.layout(), "page"), typed, "page.ftlh");
        return new Prepared(template, model(view), page.path(), null);
    }

    public Prepared listing(Listing listing) {
        Map<String, Object> model = model(views.listing(listing));
        model.put("paginator", views.paginator(listing));
        return new Prepared(template(listing), model, Links.fileOf(listing.route()), null);
    }

    /** The template of a list page: {@code index.ftlh}, {@code archive.ftlh}, {@code tag.ftlh}... */
    static String template(Listing listing) {
        return listing.kind() + ".ftlh";
    }

    public Prepared tagsIndex() {
        return generated("tags.ftlh", routes.tagsIndex());
    }

    public Prepared categoriesIndex() {
        return generated("categories.ftlh", routes.categoriesIndex());
    }

    public Prepared notFound() {
        return generated("404.ftlh", Routes.NOT_FOUND);
    }

    public Prepared atom() {
        return feed("atom.ftlx", routes.atom());
    }

    public Prepared rss2() {
        return feed("rss2.ftlx", routes.rss2());
    }

    /** An XML sitemap, written to {@code path}. */
    public Prepared sitemap(String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("theme", views.theme());
        model.put("entries", feeds.sitemap());
        return new Prepared("sitemap.ftlx", model, path, null);
    }

    /** The plain-text sitemap, one URL a line, as hexo-generator-sitemap writes {@code sitemap.txt}. */
    public Prepared sitemapText(String path) {
        return new Prepared(null, null, path, feeds.sitemapText());
    }

    /** Receives a rendered page. */
    @FunctionalInterface
    public interface PageBytes {
        /** The page is {@code bytes[0, length)}, UTF-8; the array is the render thread's, reused once this returns. */
        void accept(byte[] bytes, int length) throws IOException;
    }

    /**
     * Renders a prepared page, its template with its model then the filters of HTML pages, and hands its UTF-8
     * bytes to {@code to}.
     */
    public void render(Prepared prepared, PageBytes to) throws TemplateFailure, IOException {
        if (prepared.template() == null) {
            byte[] bytes = prepared.text().getBytes(StandardCharsets.UTF_8);
            to.accept(bytes, bytes.length);
            return;
        }
        String template = prepared.template();
        String page = prepared.page();
        if (templateUse != null) {
            templateUse.accept(page, template);
        }
        Buffers buffers = this.buffers.get();
        try {
            PageText html = buffers.text;
            html.clear();
            theme.render(template, prepared.model(), page, html);
            String changed = template.endsWith(".ftlh") ? filter(html, page, template) : null;
            // first: it may replace the array
            int length = changed != null ? buffers.encode(changed.toCharArray(), changed.length())
                    : buffers.encode(html.chars(), html.length());
            to.accept(buffers.bytes, length);
        } finally {
            buffers.trim();
        }
    }

    /** Applies the filters of HTML pages to {@code html}: the page they changed, or null when they changed nothing. */
    private String filter(PageText html, String page, String template) {
        // Both read every link of the page, so when both run they share one pass over it.
        HtmlLinks.Sink checker = brokenLinks == null ? null : brokenLinks.checker(page, template);
        String changed = null;
        if (externalLinks != null) {
            changed = externalLinks.applyIfChanged(html.chars(), html.length(), checker);
        } else if (checker != null) {
            HtmlLinks.scan(html.chars(), html.length(), checker);
        }
        // 404.html is served for any missing path, so only links from the root work there.
        if (relativeLinks != null && !page.equals(Routes.NOT_FOUND)) {
            changed = relativeLinks.apply(changed != null ? changed : html.toString(), page);
        }
        return changed;
    }

    /**
     * A render thread's page text and the bytes it is encoded into, kept from page to page: allocating, growing
     * and dropping them for every page was a fifth of all the memory a build allocated.
     */
    private static final class Buffers {
        /** Arrays grown past this for an unusually large page are dropped after it, not kept for the thread. */
        private static final int KEPT_CHARS = 1 << 20;
        private static final int INITIAL_CHARS = 16 * 1024;

        private PageText text = new PageText(INITIAL_CHARS);
        private byte[] bytes = new byte[Utf8.maxBytes(INITIAL_CHARS)];

        /**
         * Encodes {@code chars[0, length)} into {@code bytes}, growing it if needed, without the characters XML
         * forbids (the one place a page's HTML is cleaned of them, {@link Utf8}); how many bytes.
         */
        int encode(char[] chars, int length) {
            int needed = Utf8.maxBytes(length);
            if (bytes.length < needed) {
                bytes = new byte[needed];
            }
            return Utf8.encode(chars, length, bytes);
        }

        void trim() {
            if (text.capacity() > KEPT_CHARS) {
                text = new PageText(INITIAL_CHARS);
            }
            if (bytes.length > Utf8.maxBytes(KEPT_CHARS)) {
                bytes = new byte[Utf8.maxBytes(INITIAL_CHARS)];
            }
        }
    }

    private Prepared feed(String template, String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("theme", views.theme());
        model.put("feed", feeds.feed(feedPosts, content));
        return new Prepared(template, model, path, null);
    }

    private Prepared generated(String template, String route) {
        ArticleView view = views.generated("", route);
        return new Prepared(template, model(view), view.path(), null);
    }

    private Map<String, Object> model(Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("theme", views.theme());
        model.put("page", page);
        return model;
    }

    private static String layout(String layout, String fallback) {
        return Theme.isLayoutName(layout) && !layout.equals(fallback) ? layout + ".ftlh" : null;
    }
}
