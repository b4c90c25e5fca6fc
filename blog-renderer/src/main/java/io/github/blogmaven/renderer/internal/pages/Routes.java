package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes of the pages the build makes up, as Hexo's generators name them: {@code archives/2017/10/},
 * {@code tags/<slug>/page/2/}. A route ending in {@code /} is written as its {@code index.html}.
 */
public final class Routes {
    public static final String NOT_FOUND = "404.html";

    private final String tagDir;
    private final String archiveDir;
    private final String categoryDir;
    private final String paginationDir;
    private final String indexBase;
    private final String indexPaginationDir;
    private final String atom;
    private final String rss2;
    private final List<String> sitemaps;

    public Routes(SiteConfig config) {
        this.tagDir = directory(config.tagDir(), "tags");
        this.archiveDir = directory(config.archiveDir(), "archives");
        this.categoryDir = directory(config.categoryDir(), "categories");
        this.paginationDir = directory(config.paginationDir(), "page");
        Map<?, ?> index = config.values().get("index_generator") instanceof Map<?, ?> map ? map : Map.of();
        String indexPath = index.get("path") instanceof String s ? directory(s, "") : "";
        this.indexBase = indexPath.isEmpty() || indexPath.contains("..") ? "" : indexPath + "/";
        this.indexPaginationDir = index.get("pagination_dir") instanceof String s ? directory(s, paginationDir)
                : paginationDir;
        Map<String, String> feeds = feedPaths(config.values().get("feed"));
        this.atom = feeds.getOrDefault("atom", "atom.xml");
        this.rss2 = feeds.getOrDefault("rss2", "rss2.xml");
        this.sitemaps = sitemapPaths(config.values().get("sitemap"));
    }

    /**
     * Where hexo-generator-feed puts each feed type, so subscribers keep their URL: {@code feed.type} (a type or
     * a list of up to two) paired with {@code feed.path} (a path or a list); a path without an extension gets
     * {@code .xml}, a type without a path {@code <type>.xml}. {@code type: rss2, path: rss.xml} publishes the RSS
     * feed at {@code rss.xml}. Both feeds are always written; the one not asked for gets its default path.
     */
    private static Map<String, String> feedPaths(Object settings) {
        Map<String, String> paths = new HashMap<>();
        if (!(settings instanceof Map<?, ?> feed)) {
            return paths;
        }
        List<?> types = feed.get("type") instanceof List<?> list ? list
                : feed.get("type") instanceof String type ? List.of(type) : List.of("atom");
        List<?> files = feed.get("path") instanceof List<?> list ? list
                : feed.get("path") instanceof String path ? List.of(path) : List.of();
        for (int i = 0; i < Math.min(types.size(), 2); i++) {
            String type = String.valueOf(types.get(i)).strip().toLowerCase(Locale.ROOT);
            if (!type.equals("atom") && !type.equals("rss2")) {
                type = i == 0 ? "atom" : "rss2"; // what hexo-generator-feed makes of an unknown type
            }
            String path = i < files.size() && files.get(i) instanceof String s && !s.isBlank() ? withExtension(s)
                    : type + ".xml";
            paths.putIfAbsent(type, file(path, type + ".xml"));
        }
        return paths;
    }

    /**
     * Where hexo-generator-sitemap writes: {@code sitemap.xml} and {@code sitemap.txt} unless {@code sitemap.path}
     * names the file (a path without an extension gets {@code .xml}) or the files (a list).
     */
    private static List<String> sitemapPaths(Object settings) {
        Object configured = settings instanceof Map<?, ?> map ? map.get("path") : null;
        List<?> paths = configured instanceof List<?> list ? list
                : configured instanceof String path && !path.isBlank() ? List.of(path) : List.of();
        List<String> out = new ArrayList<>();
        for (Object path : paths) {
            if (path instanceof String s && !s.isBlank()) {
                String file = file(withExtension(s), "sitemap.xml");
                if (!out.contains(file)) {
                    out.add(file);
                }
            }
        }
        return out.isEmpty() ? List.of("sitemap.xml", "sitemap.txt") : List.copyOf(out);
    }

    /** The Atom feed's output path ({@code atom.xml}, or {@code feed.path}). */
    public String atom() {
        return atom;
    }

    /** The RSS 2.0 feed's output path ({@code rss2.xml}, or {@code feed.path}). */
    public String rss2() {
        return rss2;
    }

    /**
     * The sitemaps' output paths: {@code sitemap.xml} and {@code sitemap.txt}, or {@code sitemap.path}. One
     * ending in {@code .txt} lists the URLs one a line; any other is XML.
     */
    public List<String> sitemaps() {
        return sitemaps;
    }

    /** Whether the sitemap at {@code path} is the plain-text kind, one URL a line. */
    public static boolean isTextSitemap(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /**
     * Page {@code n} of the home page, at {@code index_generator.path}: {@code ""} (or {@code home/}), then
     * {@code page/2/}, with {@code index_generator.pagination_dir} or else {@code pagination_dir}.
     */
    public String home(int n) {
        return paged(indexBase, n, indexPaginationDir);
    }

    /**
     * Page {@code n} of the archive; of a year when {@code year} is set, of a month when {@code month} is too, of
     * a day when {@code day} is as well.
     */
    public String archive(String year, String month, String day, int n) {
        String base = archiveDir + "/";
        if (year != null) {
            base += year + "/";
            if (month != null) {
                base += month + "/";
                if (day != null) {
                    base += day + "/";
                }
            }
        }
        return paged(base, n, paginationDir);
    }

    public String tag(Term tag, int n) {
        return paged(tagDir + "/" + tag.slug() + "/", n, paginationDir);
    }

    public String category(Term category, int n) {
        return paged(categoryDir + "/" + category.slug() + "/", n, paginationDir);
    }

    public String tagsIndex() {
        return tagDir + "/";
    }

    public String categoriesIndex() {
        return categoryDir + "/";
    }

    private static String paged(String base, int n, String dir) {
        return n <= 1 ? base : base + dir + "/" + n + "/";
    }

    /** {@code path} with {@code .xml} added when its last segment has no extension, as both plugins do. */
    private static String withExtension(String path) {
        String name = path.strip().substring(path.strip().lastIndexOf('/') + 1);
        return name.lastIndexOf('.') > 0 ? path.strip() : path.strip() + ".xml";
    }

    private static String file(String configured, String fallback) {
        String path = directory(configured, fallback);
        return path.contains("..") ? fallback : path;
    }

    private static String directory(String configured, String fallback) {
        String dir = configured == null ? "" : configured.strip();
        while (dir.startsWith("/")) {
            dir = dir.substring(1);
        }
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return dir.isEmpty() ? fallback : dir;
    }
}
