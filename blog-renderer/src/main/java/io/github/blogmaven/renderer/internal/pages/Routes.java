package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Term;
import java.util.Map;

/**
 * The routes of the pages the build makes up, as Hexo's generators name them: {@code archives/2017/10/},
 * {@code tags/<slug>/page/2/}. A route ending in {@code /} is written as its {@code index.html}.
 */
public final class Routes {
    public static final String ATOM = "atom.xml";
    public static final String RSS2 = "rss2.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String NOT_FOUND = "404.html";

    private final String tagDir;
    private final String archiveDir;
    private final String categoryDir;
    private final String paginationDir;
    private final String indexPaginationDir;

    public Routes(SiteConfig config) {
        this.tagDir = directory(config.tagDir(), "tags");
        this.archiveDir = directory(config.archiveDir(), "archives");
        this.categoryDir = directory(config.categoryDir(), "categories");
        this.paginationDir = directory(config.paginationDir(), "page");
        Object index = config.values().get("index_generator");
        Object indexDir = index instanceof Map<?, ?> map ? map.get("pagination_dir") : null;
        this.indexPaginationDir = indexDir instanceof String s ? directory(s, paginationDir) : paginationDir;
    }

    /** Page {@code n} of the home page: {@code ""}, then {@code page/2/}. */
    public String home(int n) {
        return paged("", n, indexPaginationDir);
    }

    /** Page {@code n} of the archive, of a year when {@code year} is set, of a month when {@code month} is too. */
    public String archive(String year, String month, int n) {
        String base = archiveDir + "/";
        if (year != null) {
            base += year + "/";
            if (month != null) {
                base += month + "/";
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
