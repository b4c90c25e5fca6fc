package io.github.blogmaven.renderer.internal.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.FrontMatter;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.markdown.Heading;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import io.github.blogmaven.renderer.internal.theme.Markup;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds every view of a build once: one {@link ArticleView} per post and page, the {@link SiteView}, and the
 * views of tags and categories. Immutable, so render threads share it.
 *
 * <p>A whole build makes its views in two steps, so that it can write each post's page as soon as its Markdown is
 * rendered and hold on to no more than the lists need: {@link #of(Site, Links, Routes)} gives views without any
 * post or page, from which each post's own view is made with {@link #article(Post, RenderedMarkdown)}; then
 * {@link #withPosts} adds the views the list pages show.
 */
public final class Views {
    /** Where the more marker was, in the content the Markdown renderer returns. */
    private static final String MORE_ANCHOR = "<span id=\"more\"></span>";
    private static final int DESCRIPTION_LENGTH = 160;
    private static final int RECENT_POSTS = 5;

    private final Site site;
    private final Links links;
    private final Routes routes;
    private final MomentFormat dateFormat;
    private final MomentFormat timeFormat;
    /** Turns HTML into the markup templates print; a live build shares equal markup between builds. */
    private final Function<String, TemplateHTMLOutputModel> markups;
    private final Map<String, TermView> tags = new HashMap<>();
    private final Map<String, TermView> categories = new HashMap<>();
    private final Map<String, Category> categoryNodes = new HashMap<>();
    /** Each post's place in the site's order, by source file: where its neighbours are. */
    private final Map<String, Integer> positions = new HashMap<>();
    /** By source file, so a list still holding a post's previous object finds its new view after a live rebuild. */
    private final Map<String, ArticleView> posts = new HashMap<>();
    private final Map<String, ArticleView> pages = new HashMap<>();
    private final SiteView siteView;

    /** The views of a site whose posts and pages have no views yet. */
    public static Views of(Site site, Links links, Routes routes) {
        return new Views(site, links, routes, Views::markup, null);
    }

    /**
     * Views that make their markup with {@code markups} and take {@code previous}'s site view when it is equal,
     * so that the views of a live rebuild equal the previous build's wherever nothing changed and a page whose
     * model is equal need not be rendered again.
     *
     * @param previous the views of the previous build, or null
     */
    public Views(Site site, RenderedContent content, Links links, Routes routes,
            Function<String, TemplateHTMLOutputModel> markups, Views previous) {
        this(site, links, routes, markups, previous);
        List<Post> all = site.posts();
        // Each view is independent of the others, so they are built in parallel.
        List<ArticleView> built = all.parallelStream().map(post -> article(post, content.of(post))).toList();
        for (int i = 0; i < all.size(); i++) {
            String key = key(all.get(i));
            posts.put(key, same(previous == null ? null : previous.posts, key, built.get(i)));
        }
        for (Page page : site.pages()) {
            String key = page.source().relativePath();
            pages.put(key, same(previous == null ? null : previous.pages, key, article(page, content.of(page))));
        }
    }

    private Views(Site site, Links links, Routes routes, Function<String, TemplateHTMLOutputModel> markups,
            Views previous) {
        this.markups = markups;
        this.site = site;
        this.links = links;
        this.routes = routes;
        SiteConfig config = site.config();
        this.dateFormat = MomentFormat.of(config.values().get("date_format"), "YYYY-MM-DD");
        this.timeFormat = MomentFormat.of(config.values().get("time_format"), "HH:mm:ss");

        for (Tag tag : site.tags()) {
            tags.put(tag.term().slug(), same(previous == null ? null : previous.tags, tag.term().slug(),
                    termView(tag.term(), routes.tag(tag.term(), 1), tag.posts().size())));
        }
        for (Category category : site.categories()) {
            categoryNodes.put(category.term().slug(), category);
            categories.put(category.term().slug(), same(previous == null ? null : previous.categories,
                    category.term().slug(),
                    termView(category.term(), routes.category(category.term(), 1), category.posts().size())));
        }
        List<Post> all = site.posts();
        for (int i = 0; i < all.size(); i++) {
            positions.put(key(all.get(i)), i);
        }
        SiteView view = buildSiteView();
        this.siteView = previous != null && previous.siteView.equals(view) ? previous.siteView : view;
    }

    /**
     * {@code previous}'s view of {@code key} when it equals {@code built}, else {@code built}: a post compared once
     * here makes every list showing it compare by identity, which keeps telling unchanged pages apart cheap.
     */
    private static <V> V same(Map<String, V> previous, String key, V built) {
        V old = previous == null ? null : previous.get(key);
        return built.equals(old) ? old : built;
    }

    /** A copy of {@code previous} for {@code site}, with the views of {@code posts} added or replaced. */
    private Views(Views previous, Site site, Map<String, ArticleView> posts) {
        this.site = site;
        this.links = previous.links;
        this.routes = previous.routes;
        this.dateFormat = previous.dateFormat;
        this.timeFormat = previous.timeFormat;
        this.markups = previous.markups;
        this.tags.putAll(previous.tags);
        this.categories.putAll(previous.categories);
        this.categoryNodes.putAll(previous.categoryNodes);
        this.positions.putAll(previous.positions);
        this.posts.putAll(previous.posts);
        this.posts.putAll(posts);
        this.pages.putAll(previous.pages);
        this.siteView = previous.siteView;
    }

    /** These views with the views of posts added, by source file: what the list pages show. */
    public Views withPosts(Map<String, ArticleView> postViews) {
        return new Views(this, site, postViews);
    }

    /**
     * These views with the posts of {@code changed} built again from {@code site} and {@code content}: for a live
     * rebuild after posts changed only in body and {@code updated} time ({@code SiteLoader.rereadBodies}), which
     * leaves every other view as it was. The site view shows no body nor {@code updated}, so it is kept too.
     */
    public Views withNewBodies(Site site, RenderedContent content, List<Post> changed) {
        Map<String, ArticleView> rebuilt = new HashMap<>();
        for (Post post : changed) {
            ArticleView old = posts.get(key(post));
            rebuilt.put(key(post), article(post, content.of(post)).withNeighbours(old.newer(), old.older()));
        }
        return new Views(this, site, rebuilt);
    }

    private static String key(Post post) {
        return post.source().relativePath();
    }

    /** The theme's merged configuration, Hexo's {@code theme} variable. */
    public Map<String, Object> theme() {
        return site.theme();
    }

    public SiteView site() {
        return siteView;
    }

    public ArticleView of(Post post) {
        return posts.get(key(post));
    }

    public ArticleView of(Page page) {
        return pages.get(page.source().relativePath());
    }

    public List<ArticleView> of(List<Post> slice) {
        List<ArticleView> out = new ArrayList<>(slice.size());
        for (Post post : slice) {
            out.add(posts.get(key(post)));
        }
        return out;
    }

    /** The view of a tag, by its term. */
    public TermView tag(Term term) {
        TermView view = tags.get(term.slug());
        return view != null ? view : termView(term, routes.tag(term, 1), 0);
    }

    /** The view of a category, by its term (which carries the full slug path). */
    public TermView category(Term term) {
        TermView view = categories.get(term.slug());
        return view != null ? view : termView(term, routes.category(term, 1), 0);
    }

    /** A category with its ancestors and children, for its page. */
    public CategoryView categoryPage(Category category) {
        List<TermView> ancestors = new ArrayList<>();
        Term parent = category.parent();
        while (parent != null) {
            ancestors.add(category(parent));
            Category node = categoryNodes.get(parent.slug());
            parent = node == null ? null : node.parent();
        }
        Collections.reverse(ancestors);
        return new CategoryView(category(category.term()), ancestors,
                category.children().stream().map(this::category).toList());
    }

    /** The view of one page of a post list. */
    public ListingView listing(Listing listing) {
        List<ArticleView> list = of(listing.posts());
        List<YearGroup> groups = new ArrayList<>();
        String currentYear = null;
        List<ArticleView> current = null;
        for (ArticleView view : list) {
            if (!view.date().year().equals(currentYear)) {
                if (current != null) {
                    groups.add(new YearGroup(currentYear, current));
                }
                currentYear = view.date().year();
                current = new ArrayList<>();
            }
            current.add(view);
        }
        if (current != null) {
            groups.add(new YearGroup(currentYear, current));
        }
        TermView tag = listing.tag() == null ? null : tag(listing.tag());
        CategoryView category = listing.category() == null ? null : categoryPage(listing.category());
        String title = switch (listing.kind()) {
            case "tag" -> tag.name();
            case "category" -> category.term().name();
            case "archive" -> listing.year() == null ? ""
                    : listing.month() == null ? listing.year()
                    : listing.day() == null ? listing.year() + "/" + listing.month()
                    : listing.year() + "/" + listing.month() + "/" + listing.day();
            default -> "";
        };
        String route = listing.route();
        return new ListingView(listing.kind(), title, Links.fileOf(route), links.url(route), links.absolute(route),
                list, groups, tag, category, listing.year(), listing.month(), listing.day());
    }

    /**
     * The paginator of a list page. Its {@code pages} hold the first and last page and two either side of the
     * current one; a gap between them is a link with number 0 and no URL, so a list of any length costs the same.
     */
    public Paginator paginator(Listing listing) {
        int n = listing.number();
        int total = listing.routes().size();
        List<PageLink> pages = new ArrayList<>();
        int previous = 0;
        for (int i = 1; i <= total; i++) {
            boolean shown = i == 1 || i == total || Math.abs(i - n) <= 2;
            if (!shown) {
                continue;
            }
            if (i > previous + 1) {
                pages.add(new PageLink(0, null, false));
            }
            pages.add(new PageLink(i, links.url(listing.routes().get(i - 1)), i == n));
            previous = i;
            if (i < n - 2 && i == 1) {
                i = Math.max(i, n - 3);
            } else if (i >= n + 2 && i < total - 1) {
                i = total - 1;
            }
        }
        String prev = n > 1 ? links.url(listing.routes().get(n - 2)) : null;
        String next = n < total ? links.url(listing.routes().get(n)) : null;
        return new Paginator(n, total, listing.perPage(), listing.totalPosts(), prev, next, pages);
    }

    /** A page the build makes up, such as the tags index or 404: a title, a URL and no content. */
    public ArticleView generated(String title, String route) {
        String url = links.url(route);
        TemplateHTMLOutputModel empty = markups.apply("");
        return new ArticleView("generated", title, Links.fileOf(route), url, links.absolute(route), null, null, null,
                null, new Markup.Held(empty), empty, false, url, site.config().description(), List.of(), List.of(),
                List.of(), null, false, false, null, null, Map.of(), null);
    }

    public Moment moment(ZonedDateTime dateTime) {
        ZonedDateTime local = dateTime.withZoneSameInstant(site.config().timezone());
        return new Moment(MomentFormat.iso(local), dateFormat.format(local),
                timeFormat.format(local), zeroPadded(local.getYear(), 4), zeroPadded(local.getMonthValue(), 2),
                zeroPadded(local.getDayOfMonth(), 2));
    }

    /**
     * {@code value} in decimal with zeros in front up to {@code width} digits, as {@code String.format("%04d")}
     * prints it, which costs a {@code Formatter} and a locale lookup on every call (a tenth of building a post's
     * view).
     */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return zeros > 0 ? sign + "0".repeat(zeros) + digits : sign + digits;
    }

    /**
     * HTML that templates insert as it is. The characters XML 1.0 forbids are left out of it when the page is
     * encoded, with the rest of the page's text, rather than here: a pass and a copy over every post's HTML less.
     */
    public static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view of a post of the site, with its content and its neighbours, from its rendered Markdown. */
    public ArticleView article(Post post, RenderedMarkdown rendered) {
        Integer position = positions.get(key(post));
        List<Post> all = site.posts();
        PostLink newer = position != null && position > 0 ? link(all.get(position - 1)) : null;
        PostLink older = position != null && position + 1 < all.size() ? link(all.get(position + 1)) : null;
        String route = Links.postRoute(post.path());
        String url = links.url(route);
        Excerpt excerpt = excerpt(post.excerpt(), rendered, url);
        List<TermView> tagViews = Mapped.of(post.tags(), this::tag);
        List<List<TermView>> categoryViews = Mapped.of(post.categories(), chain -> Mapped.of(chain, this::category));
        return new ArticleView("post", post.title(), post.path(), url, links.absolute(route), moment(post.date()),
                moment(post.updated()), post.lang(), post.layout(), new Markup.Held(markups.apply(rendered.html())),
                excerpt.html, excerpt.partial, excerpt.moreUrl, description(post.frontMatter(), excerpt),
                toc(rendered.toc()), tagViews, categoryViews, author(post.frontMatter()), post.comments(),
                post.draft(), newer, older, frontMatter(post.frontMatter()), post.source().relativePath());
    }

    /** The view of a page of the site, with its content, from its rendered Markdown. */
    public ArticleView article(Page page, RenderedMarkdown rendered) {
        String url = links.url(page.path());
        Object lang = page.frontMatter().get("lang");
        Object comments = page.frontMatter().get("comments");
        Object excerptValue = page.frontMatter().get("excerpt");
        Excerpt excerpt = excerpt(excerptValue instanceof String s ? s : null, rendered, url);
        return new ArticleView("page", page.title(), page.path(), url, links.absolute(page.path()),
                moment(page.date()), moment(page.updated()), lang instanceof String s ? s : null, page.layout(),
                new Markup.Held(markups.apply(rendered.html())), excerpt.html, excerpt.partial, excerpt.moreUrl,
                description(page.frontMatter(), excerpt), toc(rendered.toc()), List.of(), List.of(),
                author(page.frontMatter()), !Boolean.FALSE.equals(comments), false, null, null,
                frontMatter(page.frontMatter()), page.source().relativePath());
    }

    private record Excerpt(TemplateHTMLOutputModel html, String text, boolean partial, String moreUrl) {
    }

    private Excerpt excerpt(String frontMatterExcerpt, RenderedMarkdown rendered, String url) {
        if (frontMatterExcerpt != null && !frontMatterExcerpt.isBlank()) {
            String text = frontMatterExcerpt.strip();
            return new Excerpt(markups.apply("<p>" + Html.escape(text) + "</p>"), text, true, url);
        }
        String more = rendered.html().contains(MORE_ANCHOR) ? url + "#more" : url;
        return new Excerpt(markups.apply(rendered.excerpt()), Html.text(rendered.excerpt()), rendered.excerptIsPartial(),
                more);
    }

    private String description(FrontMatter frontMatter, Excerpt excerpt) {
        if (frontMatter.get("description") instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        String text = excerpt.text();
        if (!text.isEmpty()) {
            return Html.truncate(text, DESCRIPTION_LENGTH);
        }
        return site.config().description();
    }

    /**
     * The front matter for templates: as written, except that top-level dates become {@link Moment}s, so
     * {@code ${page.frontMatter.date}} prints the formatted date and {@code .iso} is there too.
     */
    private Map<String, Object> frontMatter(FrontMatter frontMatter) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(frontMatter.values());
        values.replaceAll((key, value) -> {
            if (value instanceof ZonedDateTime zoned) {
                return moment(zoned);
            }
            if (value instanceof java.time.OffsetDateTime offset) {
                return moment(offset.toZonedDateTime());
            }
            if (value instanceof java.time.temporal.TemporalAccessor temporal) {
                return temporal.toString();
            }
            return value;
        });
        return Collections.unmodifiableMap(values);
    }

    private AuthorView author(FrontMatter frontMatter) {
        String name = text(frontMatter, "author");
        if (name == null) {
            return null;
        }
        return new AuthorView(name, links.forUserValue(text(frontMatter, "authorLink")),
                links.forUserValue(text(frontMatter, "avatar")), text(frontMatter, "authorDesc"),
                links.forUserValue(text(frontMatter, "authorAbout")));
    }

    private static String text(FrontMatter frontMatter, String key) {
        Object value = frontMatter.get(key);
        if (value == null) {
            return null;
        }
        String text = value instanceof String s ? s : String.valueOf(value);
        return text.isBlank() ? null : text.strip();
    }

    /** The headings nested by level; a table of contents needs at least two. */
    static List<TocEntry> toc(List<Heading> headings) {
        if (headings.size() < 2) {
            return List.of();
        }
        List<OpenHeading> top = new ArrayList<>();
        Deque<OpenHeading> stack = new ArrayDeque<>();
        for (Heading heading : headings) {
            while (!stack.isEmpty() && stack.peek().heading.level() >= heading.level()) {
                stack.pop();
            }
            OpenHeading open = new OpenHeading(heading);
            (stack.isEmpty() ? top : stack.peek().children).add(open);
            stack.push(open);
        }
        return Mapped.of(top, OpenHeading::entry);
    }

    private static final class OpenHeading {
        private final Heading heading;
        private final List<OpenHeading> children = new ArrayList<>();

        OpenHeading(Heading heading) {
            this.heading = heading;
        }

        TocEntry entry() {
            return new TocEntry(heading.level(), heading.id(), heading.text(),
                    Mapped.of(children, OpenHeading::entry));
        }
    }

    private PostLink link(Post post) {
        return new PostLink(post.title(), links.url(Links.postRoute(post.path())));
    }

    private TermView termView(Term term, String route, int count) {
        return new TermView(term.name(), term.slug(), links.url(route), count);
    }

    private SiteView buildSiteView() {
        SiteConfig config = site.config();
        List<TermView> tagList = site.tags().stream().map(tag -> tag(tag.term())).toList();
        List<PostLink> recent = site.posts().subList(0, Math.min(RECENT_POSTS, site.posts().size())).stream()
                .map(this::link).toList();
        int published = (int) site.posts().stream().filter(p -> !p.draft()).count();
        return new SiteView(config.title(), config.subtitle(), config.description(), config.author(),
                config.language(), config.url(), config.root(), links.url(homeRoute()), config.values(), site.data(), menu(),
                tagList, categoryTree(), recent, published, links.url(routes.atom()), links.url(routes.rss2()),
                links.url(routes.archive(null, null, null, 1)), links.url(routes.tagsIndex()),
                links.url(routes.categoriesIndex()));
    }

    /**
     * Where the site's home link goes: the root, unless {@code index_generator.path} moved the post list
     * elsewhere and nothing else is published at the root, so the link never leads nowhere.
     */
    private String homeRoute() {
        String index = routes.home(1);
        if (index.isEmpty()) {
            return "";
        }
        boolean rootPage = site.pages().stream().anyMatch(page -> page.path().equals("index.html"))
                || site.assets().stream().anyMatch(asset -> asset.path().equals("index.html"));
        return rootPage ? "" : index;
    }

    private List<CategoryNode> categoryTree() {
        List<Category> list = site.categories();
        // Parents come before children, so building from the end finishes every child before its parent.
        Map<String, CategoryNode> built = new HashMap<>();
        for (int i = list.size() - 1; i >= 0; i--) {
            Category category = list.get(i);
            List<CategoryNode> children = category.children().stream()
                    .map(child -> built.get(child.slug()))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            built.put(category.term().slug(), new CategoryNode(category(category.term()), children));
        }
        return list.stream().filter(c -> c.parent() == null).map(c -> built.get(c.term().slug())).toList();
    }

    private List<MenuItem> menu() {
        if (!(site.config().values().get("menu") instanceof Map<?, ?> menu)) {
            return List.of();
        }
        List<MenuItem> items = new ArrayList<>();
        menu.forEach((name, target) -> {
            if (name != null && target != null) {
                // NexT writes "path || icon"; the icon means nothing here.
                String path = String.valueOf(target).split("\\|\\|", 2)[0].strip();
                items.add(new MenuItem(String.valueOf(name), links.forUserValue(path)));
            }
        });
        return items;
    }
}
