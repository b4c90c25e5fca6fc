package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Titles, tags, categories, descriptions and author fields full of markup, quotes, {@code ]]>}, U+2028 and control
 * characters come out as the same text in HTML, HTML attributes, Atom, RSS and JSON-LD, read back by an HTML
 * parser, an XML parser and a strict JSON parser, and nowhere as markup or code.
 */
@DisplayName("Whatever the front matter says is escaped for where it is printed")
class EscapingTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String POST = "2020/01/01/a/index.html";
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** The title as written, but for the BEL (U+0007) in the source, which no XML or HTML may carry. */
    private static final String TITLE = "<script>alert(1)</script> \"q\" 'a' & ]]> </title> \\ \u2028  end";
    private static final String DESCRIPTION = "desc <script>x</script> \"q\" & ]]> '";
    private static final String AUTHOR = "Eve <script>alert(2)</script> \"q\" & 'x'";
    private static final String AUTHOR_LINK = "https://example.com/?a=\"b\"&c=<d>";
    private static final String TAG = "a&b <i>";
    private static final String CATEGORY = "<cat> & 'dog'";
    private static final String SITE_TITLE = "Site <b>\"&\"</b> ]]>";
    private static final String SITE_AUTHOR = "Ann <ann@example.com> & \"co\"";

    @TempDir
    static Path dir;

    static TestBlog blog;

    @BeforeAll
    static void build() throws Exception {
        blog = TestBlog.in(dir)
                .file("_config.yml", "title: 'Site <b>\"&\"</b> ]]>'\n"
                        + "subtitle: \"sub <i>\\x01</i>\"\n"
                        + "author: 'Ann <ann@example.com> & \"co\"'\n"
                        + "description: 'site & <desc>'\n"
                        + "url: https://example.com\ntimezone: UTC\n")
                .file("source/_posts/a.md", "---\n"
                        + "title: \"<script>alert(1)</script> \\\"q\\\" 'a' & ]]> </title> \\\\ \\u2028 \\x07 end\"\n"
                        + "date: 2020-01-01 00:00:00\n"
                        + "tags: ['a&b <i>']\n"
                        + "categories: [\"<cat> & 'dog'\"]\n"
                        + "description: \"desc <script>x</script> \\\"q\\\" & ]]> '\"\n"
                        + "author: \"Eve <script>alert(2)</script> \\\"q\\\" & 'x'\"\n"
                        + "authorLink: 'https://example.com/?a=\"b\"&c=<d>'\n"
                        + "avatar: 'https://example.com/a.png?x=\"y\"'\n"
                        + "authorDesc: \"about <b>me</b>\\x0B\"\n"
                        + "---\n"
                        + "Body.\n");
        blog.build();
    }

    private static Document html(String path) {
        return Jsoup.parse(blog.read(path), "https://example.com/" + path);
    }

    @Test
    @DisplayName("a title with <script>, quotes, & and </title> is the text of <title> and <h1>, never markup")
    void titleIsText() {
        Document post = html(POST);
        assertEquals(TITLE + " | " + SITE_TITLE, post.selectFirst("title").wholeText());
        assertEquals(TITLE, post.selectFirst("h1.post-title").wholeText());
        assertEquals(1, count(blog.read(POST), "</title>"), "the title cannot close <title>");
    }

    @Test
    @DisplayName("no <script> element but the JSON-LD one: nothing in the front matter became markup")
    void noInjectedElements() {
        Document post = html(POST);
        Elements scripts = post.select("script");
        assertEquals(1, scripts.size(), scripts.toString());
        assertEquals("application/ld+json", scripts.get(0).attr("type"));
        assertTrue(post.select("b, i, cat").isEmpty(), "markup from the front matter or config became elements");
    }

    @Test
    @DisplayName("the description stays inside content=\"...\" of its meta tag")
    void descriptionStaysInItsAttribute() {
        Document post = html(POST);
        assertEquals(DESCRIPTION, post.selectFirst("meta[name=description]").attr("content"));
        assertTrue(blog.read(POST).contains(
                "content=\"desc &lt;script&gt;x&lt;/script&gt; &quot;q&quot; &amp; ]]&gt; &#39;\""));
    }

    @Test
    @DisplayName("author name, link, avatar and description stay inside their attributes and elements")
    void authorFieldsAreEscaped() {
        Element card = html(POST).selectFirst("aside.author-card");
        assertNotNull(card);
        assertEquals(AUTHOR, card.selectFirst("img.author-avatar").attr("alt"));
        assertEquals("https://example.com/a.png?x=\"y\"", card.selectFirst("img.author-avatar").attr("src"));
        assertEquals(AUTHOR_LINK, card.selectFirst("a[rel=author]").attr("href"));
        assertEquals(AUTHOR, card.selectFirst("a[rel=author]").wholeText());
        assertEquals("about <b>me</b>", card.selectFirst(".author-desc").wholeText(), "U+000B dropped");
    }

    @Test
    @DisplayName("tag and category names are link text, and their URLs are percent-encoded")
    void termsAreEscaped() {
        Document post = html(POST);
        Element tag = post.selectFirst("a[rel=tag]");
        assertEquals("#" + TAG, tag.wholeText());
        assertFalse(tag.attr("href").matches(".*[<>\"' &].*"), tag.attr("href"));
        Element category = post.selectFirst(".post-categories a");
        assertEquals(CATEGORY, category.wholeText());
        Document tags = html("tags/index.html");
        assertEquals(TAG, tags.selectFirst(".tag-cloud a").wholeText());
        Document categories = html("categories/index.html");
        assertEquals(CATEGORY, categories.selectFirst(".category-tree a").wholeText());
    }

    @Test
    @DisplayName("the site's title, subtitle and author from _config.yml are text on every page")
    void siteValuesAreEscaped() {
        for (String page : List.of(POST, "index.html", "archives/index.html", "404.html", "tags/index.html")) {
            Document doc = html(page);
            assertEquals(SITE_TITLE, doc.selectFirst("a.site-title").wholeText(), page);
            assertEquals("sub <i></i>", doc.selectFirst(".site-subtitle").wholeText(), page);
            assertEquals(SITE_AUTHOR, doc.selectFirst("meta[name=author]").attr("content"), page);
            assertEquals(SITE_TITLE, doc.selectFirst("link[type=application/atom+xml]").attr("title"), page);
        }
    }

    @Test
    @DisplayName("list pages and the 404 page show the hostile title as link text")
    void listsShowTitleAsText() {
        assertEquals(TITLE, html("index.html").selectFirst("h2.post-title a").wholeText());
        assertEquals(TITLE, html("archives/index.html").selectFirst(".archive-list a").wholeText());
        assertEquals(TITLE, html("404.html").selectFirst(".not-found li a").wholeText());
    }

    @Test
    @DisplayName("the JSON-LD is strict JSON carrying the title and author as written")
    void jsonLdParses() throws IOException {
        JsonObject json = jsonLd();
        assertEquals("BlogPosting", json.get("@type").getAsString());
        assertEquals(TITLE, json.get("headline").getAsString());
        assertEquals(AUTHOR, json.getAsJsonObject("author").get("name").getAsString());
        assertEquals("2020-01-01T00:00:00Z", json.get("datePublished").getAsString());
        assertEquals("https://example.com/" + POST.replace("index.html", ""), json.get("url").getAsString());
    }

    @Test
    @DisplayName("the JSON-LD cannot end its <script> element: \"</\" is written \"<\\/\", U+2028 as \\u2028")
    void jsonLdCannotBreakOut() {
        String data = html(POST).selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("</"), data);
        assertFalse(data.contains("<!--"), data);
        assertFalse(data.contains("\u2028"), "a raw U+2028 ends a line in older JavaScript parsers");
        assertTrue(data.contains("<\\/script>"), data);
        assertTrue(data.contains("\\u2028"), data);
    }

    @Test
    @DisplayName("U+2028 is kept as it is in HTML and XML text, where it is legal")
    void lineSeparatorIsKept() {
        assertTrue(html(POST).selectFirst("h1.post-title").wholeText().contains("\u2028"));
        assertTrue(blog.read("atom.xml").contains("\u2028"));
    }

    @Test
    @DisplayName("the Atom feed parses as XML and its title, author and categories read back as written")
    void atomParses() throws Exception {
        org.w3c.dom.Document atom = xml("atom.xml");
        assertEquals(SITE_TITLE, first(atom.getDocumentElement(), "title").getTextContent());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) atom.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(TITLE, first(entry, "title").getTextContent());
        assertEquals(AUTHOR, first(first(entry, "author"), "name").getTextContent());
        NodeList categories = entry.getElementsByTagNameNS(ATOM, "category");
        assertEquals(CATEGORY, ((org.w3c.dom.Element) categories.item(0)).getAttribute("term"));
        assertEquals(TAG, ((org.w3c.dom.Element) categories.item(1)).getAttribute("term"));
        assertEquals(DESCRIPTION, htmlText(first(entry, "summary").getTextContent()), "type=html: HTML of the text");
    }

    @Test
    @DisplayName("the RSS feed parses as XML, ]]> and the site subtitle's control character included")
    void rssParses() throws Exception {
        org.w3c.dom.Document rss = xml("rss2.xml");
        org.w3c.dom.Element item = (org.w3c.dom.Element) rss.getElementsByTagName("item").item(0);
        assertEquals(TITLE, item.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(DESCRIPTION, htmlText(item.getElementsByTagName("description").item(0).getTextContent()));
        assertEquals(SITE_TITLE, rss.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    @DisplayName("the sitemap parses as XML with the tag and category URLs encoded")
    void sitemapParses() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList locs = sitemap.getElementsByTagName("loc");
        assertTrue(locs.getLength() >= 4);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertFalse(loc.matches(".*[<>\"' &].*"), loc);
        }
    }

    @Test
    @DisplayName("control characters XML forbids are in no file the build wrote")
    void noForbiddenCharacters() throws IOException {
        try (Stream<Path> files = Files.walk(blog.output)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|xml)")).toList()) {
                String text = Files.readString(file);
                assertFalse(FORBIDDEN.matcher(text).find(), file + " has a control character");
            }
        }
    }

    @Test
    @DisplayName("a control character in a post's body is dropped from its page and its feed entry too")
    void bodyControlCharacters(@TempDir Path other) throws Exception {
        TestBlog bodies = TestBlog.in(other).post("b.md", "B", "Bell \u0007 here, <b>and\u0001 here</b>.\n");
        bodies.build();
        String page = bodies.read("2020/01/01/b/index.html");
        assertTrue(page.contains("Bell  here, <b>and here</b>."), page);
        assertFalse(FORBIDDEN.matcher(page).find());
        assertFalse(FORBIDDEN.matcher(bodies.read("atom.xml")).find());
        assertFalse(FORBIDDEN.matcher(bodies.read("index.html")).find());
    }

    private static JsonObject jsonLd() throws IOException {
        String data = html(POST).selectFirst("script[type=application/ld+json]").data();
        JsonReader reader = new JsonReader(new StringReader(data));
        reader.setStrictness(Strictness.STRICT);
        JsonElement json = new Gson().getAdapter(JsonElement.class).read(reader);
        assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "nothing after the JSON object");
        return json.getAsJsonObject();
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(blog.output.resolve(path).toFile());
    }

    private static org.w3c.dom.Element first(org.w3c.dom.Element parent, String localName) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no <" + localName + "> in <" + parent.getLocalName() + ">");
    }

    private static String htmlText(String html) {
        return Jsoup.parseBodyFragment(html).body().wholeText();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

}
