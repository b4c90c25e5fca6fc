package io.github.blogmaven.renderer;

import static io.github.blogmaven.renderer.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The sample site (the reference post, two English posts, an about page) built, then checked file by file. */
class SampleSiteTest {
    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    static final String POST = "posts/7631b95.html";

    @TempDir
    static Path output;

    static GenerateResult result;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        BuildListener listener = new BuildListener() {
            @Override
            public void info(String message) {
                synchronized (log) {
                    log.add("INFO " + message);
                }
            }

            @Override
            public void warn(String message) {
                synchronized (log) {
                    log.add("WARN " + message);
                }
            }
        };
        result = new SiteGenerator().generate(
                GenerateRequest.of(Fixtures.site("sample"), output).withNow(NOW).withListener(listener));
    }

    @Test
    @DisplayName("the reference post is published at its abbrlink permalink")
    void referencePostExists() {
        assertTrue(Files.isRegularFile(output.resolve(POST)), POST);
    }

    @Test
    @DisplayName("***bold italic*** between CJK letters renders <strong><em>")
    void boldItalicInsideCjk() {
        String html = read(output, POST);
        assertTrue(html.contains("<strong><em>Redis创始人Salvatore</em></strong>")
                || html.contains("<em><strong>Redis创始人Salvatore</strong></em>"), "bold italic inside CJK");
        assertTrue(html.contains("<strong><em>Mysql 之父</em></strong>")
                || html.contains("<em><strong>Mysql 之父</strong></em>"));
    }

    @Test
    @DisplayName("the three images resolve to /7631b95/N.jpg, and those files are published")
    void imagesResolveAndExist() {
        String html = read(output, POST);
        for (int i = 1; i <= 3; i++) {
            assertTrue(html.contains("src=\"/7631b95/" + i + ".jpg\""), "image " + i + " in " + POST);
            assertTrue(Files.isRegularFile(output.resolve("7631b95/" + i + ".jpg")), "image " + i + " copied");
        }
    }

    @Test
    @DisplayName("the home page shows only the text before <!-- more --> and links to #more")
    void indexShowsExcerpt() {
        String index = read(output, "index.html");
        assertTrue(index.contains("阿里巴巴正式开源全球化OpenMessaging和ApsaraCache项目"));
        assertTrue(index.contains("阿里巴巴集团CTO张建锋"), "text before the marker");
        assertFalse(index.contains("据悉，OpenMessaging项目由阿里巴巴发起"), "text after the marker");
        assertTrue(index.contains("href=\"/posts/7631b95.html#more\""), "read-more link");
        assertTrue(index.contains("src=\"/7631b95/1.jpg\""), "the excerpt's image works on the index");
        String post = read(output, POST);
        assertTrue(post.contains("据悉，OpenMessaging项目由阿里巴巴发起"), "the post has everything");
        assertTrue(post.contains("<span id=\"more\"></span>"));
    }

    @Test
    @DisplayName("the home page is paginated by index_generator.per_page (2)")
    void homePagination() {
        String first = read(output, "index.html");
        assertTrue(first.contains("href=\"/page/2/\""), "link to page 2");
        assertTrue(read(output, "page/2/index.html").contains("<title>第 2 页 | 示例博客</title>"));
        String second = read(output, "page/2/index.html");
        assertTrue(second.contains("Notes on FreeMarker templates"));
        assertFalse(first.contains("Notes on FreeMarker templates"));
        assertEquals(2, result.count(PageKind.INDEX));
    }

    @Test
    @DisplayName("the 阿里 tag page and the 学习 category page list the post")
    void taxonomyPagesListThePost() {
        String tag = read(output, "tags/阿里/index.html");
        assertTrue(tag.contains("href=\"/posts/7631b95.html\""), "tag page lists the post");
        String category = read(output, "categories/学习/index.html");
        assertTrue(category.contains("href=\"/posts/7631b95.html\""), "category page lists the post");
        String tags = read(output, "tags/index.html");
        assertTrue(tags.contains("阿里") && tags.contains("freemarker"));
    }

    @Test
    @DisplayName("a parent category lists its children's posts, and a child shows its breadcrumbs")
    void nestedCategories() {
        String parent = read(output, "categories/Programming/index.html");
        assertTrue(parent.contains("Hello, records") && parent.contains("Notes on FreeMarker templates"));
        assertTrue(parent.contains("href=\"/categories/Programming/Java/\""), "sub-category link");
        String child = read(output, "categories/Programming/Java/index.html");
        assertTrue(child.contains("href=\"/categories/Programming/\""), "breadcrumb to the parent");
        assertTrue(child.contains("Hello, records"));
        assertFalse(child.contains("Notes on FreeMarker templates"));
        String tree = read(output, "categories/index.html");
        assertTrue(tree.indexOf("Programming") < tree.indexOf("Java"));
    }

    @Test
    @DisplayName("archives: all, by year and by month")
    void archives() {
        assertTrue(read(output, "archives/index.html").contains("href=\"/posts/7631b95.html\""));
        assertTrue(read(output, "archives/2017/index.html").contains("Hello, records"));
        String october = read(output, "archives/2017/10/index.html");
        assertTrue(october.contains("href=\"/posts/7631b95.html\""));
        assertFalse(october.contains("Hello, records"));
        assertTrue(read(output, "archives/2016/11/index.html").contains("Notes on FreeMarker templates"));
    }

    @Test
    @DisplayName("atom.xml, rss2.xml and sitemap.xml are XML with the post's absolute URL")
    void feedsAndSitemap() throws Exception {
        String url = "https://blog.example.com/posts/7631b95.html";
        for (String file : List.of("atom.xml", "rss2.xml", "sitemap.xml")) {
            Document xml = parse(read(output, file));
            assertTrue(xml.getDocumentElement() != null, file);
            assertTrue(read(output, file).contains(url), file + " has " + url);
        }
        String atom = read(output, "atom.xml");
        assertTrue(atom.contains("<updated>2017-10-14T21:54:12+08:00</updated>")
                || atom.contains("<published>2017-10-14T21:54:12+08:00</published>"), "dates with offset");
        assertTrue(atom.contains("src=&quot;https://blog.example.com/7631b95/1.jpg&quot;"),
                "feed content has absolute image URLs");
        assertTrue(atom.contains("term=\"阿里\""), "tag as category");
        String sitemap = read(output, "sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://blog.example.com/</loc>"));
        assertTrue(sitemap.contains("https://blog.example.com/tags/%E9%98%BF%E9%87%8C/"),
                "non-ASCII paths are percent-encoded");
        assertTrue(sitemap.contains("https://blog.example.com/about/index.html"));
    }

    @Test
    @DisplayName("the author card shows 胖芮, the avatar and the links")
    void authorCard() {
        String html = read(output, POST);
        assertTrue(html.contains("胖芮"));
        assertTrue(html.contains("src=\"/images/pangrui.png\""), "avatar");
        assertTrue(Files.isRegularFile(output.resolve("images/pangrui.png")), "avatar published");
        assertTrue(html.contains("href=\"http://www.ruizhengyun.cn\""), "author link");
        assertTrue(html.contains("不论我码不码代码，我都是一枚快乐的前端"));
    }

    @Test
    @DisplayName("the post page has lang, canonical, feeds, stylesheet, time and a table of contents")
    void postHead() {
        String html = read(output, POST);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://blog.example.com/posts/7631b95.html\">"));
        assertTrue(html.contains("type=\"application/atom+xml\""));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/css/style.css\">"));
        assertTrue(html.contains("<time class=\"published\" datetime=\"2017-10-14T21:54:12+08:00\""
                + " title=\"2017-10-14 21:54:12\">2017-10-14</time>"), "date_format shown, time_format on hover");
        assertTrue(html.contains("class=\"toc\""), "four headings make a table of contents");
        assertTrue(html.contains("href=\"/tags/%E9%98%BF%E9%87%8C/\""), "tag link, percent-encoded");
        assertTrue(Files.isRegularFile(output.resolve("css/style.css")), "theme stylesheet copied");
    }

    @Test
    @DisplayName("posts link to their newer and older neighbours")
    void neighbours() {
        String middle = read(output, "posts/1a2b3c4.html");
        assertTrue(middle.contains("href=\"/posts/7631b95.html\""), "newer");
        assertTrue(middle.contains("href=\"/posts/5e6f7a8.html\""), "older");
    }

    @Test
    @DisplayName("the about page and 404.html are written")
    void pageAndNotFound() {
        String about = read(output, "about/index.html");
        assertTrue(about.contains("这是一个用来测试"));
        assertTrue(Files.isRegularFile(output.resolve("404.html")));
        assertTrue(read(output, "404.html").contains("href=\"/posts/7631b95.html\""), "recent posts on 404");
    }

    @Test
    @DisplayName("the result counts every kind and the summary is reported")
    void counts() {
        assertEquals(3, result.count(PageKind.POST));
        assertEquals(1, result.count(PageKind.PAGE));
        assertEquals(2, result.count(PageKind.FEED));
        assertEquals(2, result.count(PageKind.SITEMAP), "sitemap.xml and sitemap.txt");
        assertEquals(1, result.count(PageKind.NOT_FOUND));
        assertEquals(5, result.assetsCopied(), "three images, the avatar and the stylesheet");
        assertTrue(log.contains("INFO " + result.summary()), log.toString());
    }

    @Test
    @DisplayName("every root-relative link and image of every page points at a file that was written")
    void noBrokenInternalLinks() throws Exception {
        Pattern ref = Pattern.compile("(?:href|src)=\"(/[^\"#?]*)");
        List<String> broken = new ArrayList<>();
        for (String file : Fixtures.snapshot(output).keySet()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Matcher m = ref.matcher(read(output, file));
            while (m.find()) {
                String path = java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8)
                        .substring(1);
                Path target = output.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                if (!Files.isRegularFile(target)) {
                    broken.add(file + " -> " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
