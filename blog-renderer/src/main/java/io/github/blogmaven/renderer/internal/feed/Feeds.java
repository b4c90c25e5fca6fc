package io.github.blogmaven.renderer.internal.feed;

import static io.github.blogmaven.renderer.internal.pages.MomentFormat.iso;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import io.github.blogmaven.renderer.internal.content.RenderedContent;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import io.github.blogmaven.renderer.internal.pages.Html;
import io.github.blogmaven.renderer.internal.pages.PostOrder;
import io.github.blogmaven.renderer.internal.pages.Routes;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the feed and sitemap views of a site. Shared by render threads. */
public final class Feeds {
    /** hexo-generator-feed's default {@code feed.limit}. */
    public static final int DEFAULT_LIMIT = 20;

    /** hexo-generator-feed's default {@code feed.content_limit}. */
    public static final int DEFAULT_CONTENT_LIMIT = 140;

    private final Site site;
    private final Links links;
    private final Routes routes;
    private final boolean fullContent;
    private final int contentLimit;
    private final String contentLimitDelimiter;
    /** The sitemap's entries, made once: both sitemaps list them, and they are rendered side by side. */
    private volatile List<SitemapEntry> sitemap;

    public Feeds(Site site, Links links, Routes routes) {
        this.site = site;
        this.links = links;
        this.routes = routes;
        Map<?, ?> feed = settings(site.config());
        // hexo-generator-feed puts the whole content in by default; content: false leaves only the summary.
        this.fullContent = !Boolean.FALSE.equals(feed.get("content"));
        this.contentLimit = feed.get("content_limit") instanceof Number n && n.intValue() > 0 ? n.intValue()
                : DEFAULT_CONTENT_LIMIT;
        this.contentLimitDelimiter = feed.get("content_limit_delim") instanceof String s ? s : "";
    }

    private static Map<?, ?> settings(SiteConfig config) {
        return config.values().get("feed") instanceof Map<?, ?> map ? map : Map.of();
    }

    /**
     * The posts of the feeds, as hexo-generator-feed picks them: every published post but those whose front
     * matter says {@code draft: true} (drafts shown with {@code render_drafts} are in, as in Hexo), sorted by
     * {@code feed.order_by} (newest first), the first {@code feed.limit} (20; 0 or {@code false} for all).
     */
    public static List<Post> select(Site site) {
        Map<?, ?> feed = settings(site.config());
        int limit = DEFAULT_LIMIT;
        Object value = feed.get("limit");
        if (value instanceof Number n) {
            limit = n.intValue() <= 0 ? Integer.MAX_VALUE : n.intValue();
        } else if (Boolean.FALSE.equals(value)) {
            limit = Integer.MAX_VALUE;
        }
        List<Post> posts = new ArrayList<>(site.posts().size());
        for (Post post : site.posts()) {
            if (!Boolean.TRUE.equals(post.frontMatter().get("draft"))) {
                posts.add(post);
            }
        }
        posts.sort(PostOrder.parse(feed.get("order_by"), PostOrder.NEWEST_FIRST));
        return List.copyOf(posts.subList(0, Math.min(limit, posts.size())));
    }

    public FeedView feed(List<Post> posts, RenderedContent content) {
        SiteConfig config = site.config();
        List<FeedEntry> entries = new ArrayList<>(posts.size());
        ZonedDateTime newest = null;
        for (Post post : posts) {
            entries.add(entry(post, content.forFeed(post)));
            ZonedDateTime changed = post.updated().isAfter(post.date()) ? post.updated() : post.date();
            newest = newest == null || changed.isAfter(newest) ? changed : newest;
        }
        ZonedDateTime updated = newest != null ? newest : Instant.EPOCH.atZone(config.timezone());
        return new FeedView(config.title(), config.subtitle(), config.description(), config.language(),
                config.author(), links.absolute(""), links.absolute(routes.atom()), links.absolute(routes.rss2()),
                iso(updated), rfc1123(updated), entries);
    }

    private FeedEntry entry(Post post, RenderedMarkdown rendered) {
        String url = links.absolute(Links.postRoute(post.path()));
        Set<FeedCategory> categories = new LinkedHashSet<>();
        for (List<Term> chain : post.categories()) {
            for (Term term : chain) {
                categories.add(new FeedCategory(term.name(), links.absolute(routes.category(term, 1))));
            }
        }
        for (Term tag : post.tags()) {
            categories.add(new FeedCategory(tag.name(), links.absolute(routes.tag(tag, 1))));
        }
        String author = text(post.frontMatter().get("author"));
        String summary = summary(post, rendered);
        // Characters XML forbids are dropped by the templates' object wrapper, for every string.
        return new FeedEntry(post.title(), url, iso(post.date()), iso(post.updated()), rfc1123(post.date()),
                author != null ? author : site.config().author(), summary,
                fullContent && !rendered.html().isBlank() ? rendered.html() : null, new ArrayList<>(categories));
    }

    /**
     * hexo-generator-feed's summary, as HTML: front-matter {@code description}, {@code intro} or {@code excerpt}
     * (as text), else the part before {@code <!-- more -->}, else the first {@code feed.content_limit} (140)
     * characters of the content, cut at the last {@code feed.content_limit_delim} before them when that is set.
     * Hexo cuts the HTML itself, which can leave half a tag; we cut its text.
     */
    private String summary(Post post, RenderedMarkdown rendered) {
        String description = text(post.frontMatter().get("description"));
        if (description == null) {
            description = text(post.frontMatter().get("intro"));
        }
        if (description == null && post.excerpt() != null && !post.excerpt().isBlank()) {
            description = post.excerpt().strip();
        }
        if (description != null) {
            return Html.escape(description);
        }
        if (rendered.excerptIsPartial() && !rendered.excerpt().isBlank()) {
            return rendered.excerpt();
        }
        String text = Html.text(rendered.html());
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > contentLimit) {
            text = text.substring(0, text.offsetByCodePoints(0, contentLimit));
            int delimiter = contentLimitDelimiter.isEmpty() ? -1 : text.lastIndexOf(contentLimitDelimiter);
            if (delimiter > 0) {
                text = text.substring(0, delimiter);
            }
        }
        return Html.escape(text);
    }

    /**
     * The sitemap, as hexo-generator-sitemap lists it: the home page (daily, 1.0), every post, drafts shown with
     * {@code render_drafts} included, and every page (monthly, 0.6) unless its front matter says
     * {@code sitemap: false}, then every tag and every category page (weekly, 0.2) unless {@code sitemap.tags}
     * or {@code sitemap.categories} is false. The home page's URL is {@code url} as hexo-util's
     * {@code encodeURL} writes it: {@code https://example.com/} for a site at the root of its host, but
     * {@code https://example.com/blog} without a slash for a site under a path.
     */
    public List<SitemapEntry> sitemap() {
        List<SitemapEntry> entries = sitemap;
        if (entries == null) {
            synchronized (this) {
                entries = sitemap;
                if (entries == null) {
                    entries = sitemapEntries();
                    sitemap = entries;
                }
            }
        }
        return entries;
    }

    private List<SitemapEntry> sitemapEntries() {
        Map<?, ?> settings = site.config().values().get("sitemap") instanceof Map<?, ?> map ? map : Map.of();
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(home(site.config().url()), newest(site.posts()), "daily", "1.0"));
        for (Post post : site.posts()) {
            if (!Boolean.FALSE.equals(post.frontMatter().get("sitemap"))) {
                entries.add(new SitemapEntry(links.absolute(Links.postRoute(post.path())), iso(post.updated()),
                        "monthly", "0.6"));
            }
        }
        for (Page page : site.pages()) {
            if (!Boolean.FALSE.equals(page.frontMatter().get("sitemap"))) {
                entries.add(new SitemapEntry(links.absolute(page.path()), iso(page.updated()), "monthly", "0.6"));
            }
        }
        if (!Boolean.FALSE.equals(settings.get("tags"))) {
            for (Tag tag : site.tags()) {
                entries.add(new SitemapEntry(links.absolute(routes.tag(tag.term(), 1)), newest(tag.posts()),
                        "weekly", "0.2"));
            }
        }
        if (!Boolean.FALSE.equals(settings.get("categories"))) {
            for (Category category : site.categories()) {
                entries.add(new SitemapEntry(links.absolute(routes.category(category.term(), 1)),
                        newest(category.posts()), "weekly", "0.2"));
            }
        }
        return List.copyOf(entries);
    }

    /** The plain-text sitemap: the URLs of {@link #sitemap()}, one a line. */
    public String sitemapText() {
        StringBuilder text = new StringBuilder();
        for (SitemapEntry entry : sitemap()) {
            text.append(entry.loc()).append('\n');
        }
        return text.toString();
    }

    /** {@code url} with the {@code /} a URL without a path gets when parsed and written again. */
    static String home(String url) {
        int scheme = url.indexOf("://");
        int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return Links.encode(path < 0 ? url + "/" : url, false);
    }

    private static String newest(List<Post> posts) {
        ZonedDateTime newest = null;
        long newestSecond = 0;
        for (Post post : posts) {
            ZonedDateTime updated = post.updated();
            long second = updated.toEpochSecond();
            if (newest == null || second > newestSecond
                    || second == newestSecond && updated.getNano() > newest.getNano()) {
                newest = updated;
                newestSecond = second;
            }
        }
        return newest == null ? null : iso(newest);
    }

    private static String rfc1123(ZonedDateTime dateTime) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(dateTime);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
