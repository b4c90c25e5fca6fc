package io.github.blogmaven.renderer.compat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What real Hexo did with one fixture site: a {@code reference.json} written by {@code compat/hexo/reference.js}.
 *
 * <p>Hexo ran twice. {@link #utc()} is the run on a machine whose zone is UTC. {@link #machineZone()} is the
 * run on a machine whose zone is the {@code timezone} of {@code _config.yml}, the author's own machine (or, when
 * no timezone is set, on a machine in a zone far from UTC, to show that Hexo's result then depends on it).
 * Everything except paths, dates and lists is the same in both runs and recorded once.
 *
 * @param fixture the fixture's directory name
 * @param pinnedMtime the modification time every file had when Hexo read it
 * @param config the {@code _config.yml} values the reference depends on
 * @param utc the run with {@code TZ=UTC}
 * @param machineZone the run with {@code TZ} set to the configured zone (or the probe zone)
 * @param posts every published post, by source path (base-relative, {@code source/_posts/x.md})
 * @param unpublished the sources Hexo read but did not publish (drafts, future posts), with why
 * @param pages every page, by source path
 * @param data {@code site.data}
 * @param collisions output files two sources were written to (Hexo writes one and says nothing)
 */
record HexoReference(
        String fixture,
        Instant pinnedMtime,
        Config config,
        Run utc,
        Run machineZone,
        Map<String, Post> posts,
        Map<String, String> unpublished,
        Map<String, Page> pages,
        Object data,
        List<Collision> collisions) {

    /** @param timezone {@code timezone}, or null when {@code _config.yml} sets none */
    record Config(String url, String root, String timezone, String permalink, String sourceDir) {
    }

    /**
     * One Hexo run: what depends on the machine's time zone.
     *
     * @param feeds each feed file Hexo wrote, with its entries' links in feed order
     * @param sitemaps each sitemap file Hexo wrote, with its URLs ({@code <loc>}, or the lines of a {@code .txt})
     */
    record Run(String tz, List<String> outputs, Map<String, RunPost> posts, Map<String, ListPage> lists,
            Map<String, Feed> feeds, Map<String, List<String>> sitemaps) {
    }

    /** @param type {@code atom} or {@code rss2} */
    record Feed(String type, List<String> links) {
    }

    /** A post's date-dependent values in one run. */
    record RunPost(String source, String path, String file, String permalink, String date, String updated) {
    }

    /**
     * One page of a post list (home, archive, tag, category).
     *
     * @param current its page number
     * @param total the number of pages of its list
     * @param posts the sources of its posts, in the order shown
     */
    record ListPage(int current, int total, List<String> posts) {
    }

    /**
     * A published post as Hexo sees it (from the UTC run).
     *
     * @param path Hexo's {@code post.path}, decoded (a front-matter permalink keeps its leading {@code /})
     * @param file the output file Hexo wrote it to
     * @param permalink Hexo's {@code post.permalink}: absolute and percent-encoded
     * @param excerpt whether {@code post.excerpt} is non-empty (a {@code <!-- more -->} or a front-matter excerpt)
     * @param contentImages the {@code src} of every {@code <img>} in Hexo's rendered content
     * @param excerptImages the {@code src} of every {@code <img>} in Hexo's excerpt
     * @param html Hexo's rendered content, kept only for posts using tag plugins
     */
    record Post(String source, String title, String path, String file, String permalink, String date, String updated,
            String layout, List<Term> tags, List<Category> categories, String lastCategory, boolean excerpt,
            String abbrlink, List<String> contentImages, List<String> excerptImages, String html) {
    }

    record Term(String name, String slug, String path) {
    }

    /** @param names the names from the top-level category down to this one */
    record Category(List<String> names, String slug, String path) {
    }

    record Page(String source, String title, String path, String file, String permalink, String layout) {
    }

    /** @param written the source whose page Hexo left in the file */
    record Collision(String file, List<String> sources, String written) {
    }

    /** The run whose machine zone is the configured one: what the author sees, and what we must match. */
    Run expected() {
        return config.timezone() != null ? machineZone : utc;
    }

    static HexoReference read(Path file) throws IOException {
        Map<String, Object> root = map(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, Object> config = map(root.get("config"));
        Map<String, Object> other = map(root.get("otherMachineZone"));
        Run utc = run("UTC", root);
        Run zone = run(text(other.get("tz")), other);
        Map<String, Post> posts = new LinkedHashMap<>();
        for (Object item : list(root.get("posts"))) {
            Post post = post(map(item));
            posts.put(post.source(), post);
        }
        Map<String, String> unpublished = new LinkedHashMap<>();
        for (Object item : list(root.get("unpublished"))) {
            unpublished.put(text(map(item).get("source")), text(map(item).get("reason")));
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Object item : list(root.get("pages"))) {
            Map<String, Object> p = map(item);
            pages.put(text(p.get("source")), new Page(text(p.get("source")), text(p.get("title")), text(p.get("path")),
                    text(p.get("file")), text(p.get("permalink")), text(p.get("layout"))));
        }
        List<Collision> collisions = root.get("collisions") == null ? List.of()
                : list(root.get("collisions")).stream().map(HexoReference::map)
                        .map(c -> new Collision(text(c.get("file")), strings(c.get("sources")), text(c.get("written"))))
                        .toList();
        return new HexoReference(
                text(root.get("fixture")),
                Instant.parse(text(map(root.get("generatedBy")).get("pinnedMtime"))),
                new Config(text(config.get("url")), text(config.get("root")), text(config.get("timezone")),
                        text(config.get("permalink")), text(config.get("source_dir"))),
                utc, zone, posts, unpublished, pages, root.get("data"), collisions);
    }

    private static Run run(String tz, Map<String, Object> r) {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        map(r.get("feeds")).forEach((file, feed) -> feeds.put(file,
                new Feed(text(map(feed).get("type")), strings(map(feed).get("links")))));
        Map<String, List<String>> sitemaps = new LinkedHashMap<>();
        map(r.get("sitemaps")).forEach((file, urls) -> sitemaps.put(file, strings(urls)));
        return new Run(tz, strings(r.get("outputs")), runPosts(r.get("posts")), lists(r.get("lists")), feeds,
                sitemaps);
    }

    private static Post post(Map<String, Object> p) {
        Map<String, Object> images = p.get("images") == null ? Map.of() : map(p.get("images"));
        return new Post(
                text(p.get("source")),
                text(p.get("title")),
                text(p.get("path")),
                text(p.get("file")),
                text(p.get("permalink")),
                text(p.get("date")),
                text(p.get("updated")),
                text(p.get("layout")),
                list(p.get("tags")).stream().map(HexoReference::map)
                        .map(t -> new Term(text(t.get("name")), text(t.get("slug")), text(t.get("path")))).toList(),
                list(p.get("categories")).stream().map(HexoReference::map)
                        .map(c -> new Category(strings(c.get("names")), text(c.get("slug")), text(c.get("path"))))
                        .toList(),
                text(p.get("lastCategory")),
                Boolean.TRUE.equals(p.get("excerpt")),
                text(p.get("abbrlink")),
                images.get("content") == null ? List.of() : strings(images.get("content")),
                images.get("excerpt") == null ? List.of() : strings(images.get("excerpt")),
                text(p.get("html")));
    }

    private static Map<String, RunPost> runPosts(Object value) {
        Map<String, RunPost> posts = new LinkedHashMap<>();
        for (Object item : list(value)) {
            Map<String, Object> p = map(item);
            posts.put(text(p.get("source")), new RunPost(text(p.get("source")), text(p.get("path")),
                    text(p.get("file")), text(p.get("permalink")), text(p.get("date")), text(p.get("updated"))));
        }
        return posts;
    }

    private static Map<String, ListPage> lists(Object value) {
        Map<String, ListPage> lists = new LinkedHashMap<>();
        map(value).forEach((file, item) -> {
            Map<String, Object> l = map(item);
            lists.put(file, new ListPage(((BigDecimal) l.get("current")).intValue(),
                    ((BigDecimal) l.get("total")).intValue(), strings(l.get("posts"))));
        });
        return lists;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(HexoReference::text).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
