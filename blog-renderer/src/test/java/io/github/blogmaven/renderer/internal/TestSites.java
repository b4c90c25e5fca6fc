package io.github.blogmaven.renderer.internal;

import io.github.blogmaven.model.Category;
import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.FrontMatter;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SourceFile;
import io.github.blogmaven.model.Tag;
import io.github.blogmaven.model.Term;
import io.github.blogmaven.renderer.internal.markdown.Heading;
import io.github.blogmaven.renderer.internal.markdown.MarkdownSource;
import io.github.blogmaven.renderer.internal.markdown.RenderedMarkdown;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sites built in code, without the loader, and a tiny Markdown stand-in, for the renderer's unit tests. */
public final class TestSites {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TestSites() {
    }

    /** A configuration with Hexo's defaults, then {@code values} applied for the keys tests change. */
    public static SiteConfig config(Map<String, Object> values) {
        String url = (String) values.getOrDefault("url", "https://example.com");
        String root = (String) values.getOrDefault("root", "/");
        int perPage = ((Number) values.getOrDefault("per_page", 10)).intValue();
        boolean trailingIndex = (Boolean) values.getOrDefault("trailing_index", true);
        boolean trailingHtml = (Boolean) values.getOrDefault("trailing_html", true);
        String paginationDir = (String) values.getOrDefault("pagination_dir", "page");
        boolean relativeLink = (Boolean) values.getOrDefault("relative_link", false);
        return new SiteConfig("Test", "", "A test site", "Tester", "en", ZONE, true, url, root,
                ":year/:month/:day/:title/", Map.of(), trailingIndex, trailingHtml, "tags", "archives", "categories",
                perPage, paginationDir, false, true, false, relativeLink, "uncategorized", Map.of(), Map.of(), 0,
                ":title.md",
                new SiteConfig.AbbrlinkOptions(SiteConfig.AbbrlinkAlgorithm.CRC32,
                        SiteConfig.AbbrlinkRepresentation.HEX),
                (String) values.get("theme"), true, List.of(), values);
    }

    public static ZonedDateTime date(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 12, 0, 0, 0, ZONE);
    }

    /** A post whose body is {@code body}; tags and a single category chain by name. */
    public static Post post(String slug, ZonedDateTime date, List<String> tags, List<String> categories,
            Map<String, Object> frontMatter, String body) {
        List<Term> tagTerms = tags.stream().map(t -> new Term(t, t.toLowerCase(java.util.Locale.ROOT))).toList();
        List<Term> chain = new ArrayList<>();
        String path = "";
        for (String name : categories) {
            path = path.isEmpty() ? name : path + "/" + name;
            chain.add(new Term(name, path));
        }
        String out = String.format(java.util.Locale.ROOT, "%04d/%02d/%02d/%s/index.html", date.getYear(),
                date.getMonthValue(), date.getDayOfMonth(), slug);
        return new Post(new SourceFile(Path.of("/nowhere/source/_posts/" + slug + ".md"), "source/_posts/" + slug + ".md"),
                slug.replace('-', ' '), date, date, tagTerms, chain.isEmpty() ? List.of() : List.of(chain), "0",
                "post", false, null, true, null, slug, out, Body.of(body, 5), new FrontMatter(frontMatter, Map.of()));
    }

    public static Page page(String path, String title, String layout, Map<String, Object> frontMatter, String body) {
        return new Page(new SourceFile(Path.of("/nowhere/source/" + path.replace(".html", ".md")),
                "source/" + path.replace(".html", ".md")), title, date(2020, 1, 1), date(2020, 1, 1), layout, path,
                Body.of(body, 3), new FrontMatter(frontMatter, Map.of()));
    }

    /** A site of {@code posts} (sorted newest first here), with tags and categories derived from them. */
    public static Site site(Path baseDir, SiteConfig config, List<Post> posts, List<Page> pages) {
        List<Post> sorted = posts.stream().sorted((a, b) -> b.date().compareTo(a.date())).toList();
        Map<String, List<Post>> byTag = new java.util.TreeMap<>();
        Map<String, Term> tagTerms = new LinkedHashMap<>();
        Map<String, List<Post>> byCategory = new java.util.TreeMap<>();
        Map<String, Term> categoryTerms = new LinkedHashMap<>();
        Map<String, Term> parents = new LinkedHashMap<>();
        for (Post post : sorted) {
            for (Term tag : post.tags()) {
                byTag.computeIfAbsent(tag.slug(), k -> new ArrayList<>()).add(post);
                tagTerms.put(tag.slug(), tag);
            }
            for (List<Term> chain : post.categories()) {
                Term parent = null;
                for (Term term : chain) {
                    byCategory.computeIfAbsent(term.slug(), k -> new ArrayList<>()).add(post);
                    categoryTerms.put(term.slug(), term);
                    parents.put(term.slug(), parent);
                    parent = term;
                }
            }
        }
        List<Tag> tags = byTag.entrySet().stream().map(e -> new Tag(tagTerms.get(e.getKey()), e.getValue())).toList();
        List<Category> categories = byCategory.entrySet().stream().map(e -> {
            Term term = categoryTerms.get(e.getKey());
            List<Term> children = categoryTerms.values().stream()
                    .filter(t -> term.equals(parents.get(t.slug()))).toList();
            return new Category(term, parents.get(e.getKey()), children, e.getValue());
        }).toList();
        return new Site(baseDir, config, sorted, pages, List.of(), tags, categories, Map.of(), Map.of());
    }

    /**
     * A stand-in for the Markdown renderer: paragraphs split on blank lines, {@code ## x} headings, and
     * {@code <!-- more -->} handled as Hexo does.
     */
    public static RenderedMarkdown markdown(MarkdownSource source) {
        StringBuilder html = new StringBuilder();
        List<Heading> toc = new ArrayList<>();
        String excerpt = null;
        for (String block : source.markdown().strip().split("\n\\s*\n")) {
            String b = block.strip();
            if (b.equals("<!-- more -->")) {
                excerpt = html.toString().strip();
                html.append("<span id=\"more\"></span>\n");
            } else if (b.startsWith("## ")) {
                String text = b.substring(3);
                toc.add(new Heading(2, text, text));
                html.append("<h2 id=\"").append(text).append("\">").append(text).append("</h2>\n");
            } else if (!b.isEmpty()) {
                html.append("<p>").append(b).append("</p>\n");
            }
        }
        String all = html.toString();
        return excerpt != null ? new RenderedMarkdown(all, excerpt, true, toc) : new RenderedMarkdown(all, all, false, toc);
    }
}
