package io.github.blogmaven.renderer.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.blogmaven.renderer.internal.TestSites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("external_link opens links to other hosts in a new tab, as Hexo's filter does")
class ExternalLinksTest {
    final ExternalLinks links = ExternalLinks.of(TestSites.config(Map.of("url", "https://blog.example.com")));

    @Test
    @DisplayName("on by default for the whole site, written before href as Hexo writes it")
    void defaults() {
        assertEquals(ExternalLinks.Field.SITE, links.field());
        assertEquals("<a target=\"_blank\" rel=\"noopener\" href=\"https://github.com/x\">x</a>",
                links.apply("<a href=\"https://github.com/x\">x</a>"));
        assertEquals("<a class=\"c\" target=\"_blank\" rel=\"noopener\" href=\"//cdn.example.org/a\">",
                links.apply("<a class=\"c\" href=\"//cdn.example.org/a\">"));
    }

    @Test
    @DisplayName("an external URL behind spaces, in capitals or spelled with character references is still one")
    void writtenOtherwise() {
        for (String href : List.of(" https://x.org", "\thttps://x.org", "HTTP://x.org", "&#104;ttps://x.org")) {
            assertEquals("<a target=\"_blank\" rel=\"noopener\" href=\"" + href + "\">",
                    links.apply("<a href=\"" + href + "\">"), href);
        }
    }

    @Test
    @DisplayName("links to the site itself, relative ones, fragments and mailto: are left alone")
    void internal() {
        String html = "<a href=\"https://blog.example.com/a/\">a</a><a href=\"HTTPS://Blog.Example.com:443/b\">"
                + "<a href=\"/c\"><a href=\"d.html\"><a href=\"#e\"><a href=\"mailto:f@example.org\">";
        assertSame(html, links.apply(html));
    }

    @Test
    @DisplayName("a link with a target keeps it; one with rel gets noopener added, once")
    void targetAndRel() {
        String targeted = "<a href=\"https://x.org\" target=\"_self\">";
        assertEquals(targeted, links.apply(targeted));
        assertEquals("<a target=\"_blank\" href=\"https://x.org\" rel=\"nofollow noopener\">",
                links.apply("<a href=\"https://x.org\" rel=\"nofollow\">"));
        assertEquals("<a rel=\"noopener nofollow\" target=\"_blank\" href=\"https://x.org\">",
                links.apply("<a rel=\"noopener nofollow\" href=\"https://x.org\">"));
        assertEquals("<a rel=\"me noopener\" target=\"_blank\" href='https://x.org'>",
                links.apply("<a rel=me href='https://x.org'>"));
    }

    @Test
    @DisplayName("only <a> tags, outside scripts and comments; escaped text is not a tag")
    void onlyAnchors() {
        String html = "<link href=\"https://fonts.example.org/css\"><img src=\"https://x.org/i.png\">"
                + "<!-- <a href=\"https://x.org\"> --><script>'<a href=\"https://x.org\">'</script>"
                + "&lt;a href=\"https://x.org\"&gt;";
        assertEquals(html, links.apply(html));
    }

    @Test
    @DisplayName("exclude lists hosts treated as the site's own; field: post limits it to content")
    void excludeAndField() {
        ExternalLinks post = ExternalLinks.of(TestSites.config(Map.of("external_link",
                Map.of("enable", true, "field", "post", "exclude", List.of("github.com", "Docs.Example.org")))));
        assertEquals(ExternalLinks.Field.POST, post.field());
        assertEquals("<a href=\"https://github.com/x\"><a href=\"https://docs.example.org/\">",
                post.apply("<a href=\"https://github.com/x\"><a href=\"https://docs.example.org/\">"));
        ExternalLinks one = ExternalLinks.of(TestSites.config(Map.of("external_link", Map.of("exclude", "x.org"))));
        assertEquals("<a href=\"https://x.org\">", one.apply("<a href=\"https://x.org\">"));
    }

    @Test
    @DisplayName("enable: false, or external_link: false as older Hexo wrote it, turns it off")
    void off() {
        assertNull(ExternalLinks.of(TestSites.config(Map.of("external_link", Map.of("enable", false)))));
        assertNull(ExternalLinks.of(TestSites.config(Map.of("external_link", false))));
        assertEquals(ExternalLinks.Field.SITE,
                ExternalLinks.of(TestSites.config(Map.of("external_link", true))).field());
    }

    @Test
    @DisplayName("the host is read without user, port or trailing dot")
    void host() {
        assertEquals("example.org", ExternalLinks.host("https://user:pw@Example.org.:8080/a?b#c"));
        assertEquals("[::1]", ExternalLinks.host("http://[::1]:80/"));
        assertNull(ExternalLinks.host("https:///path"));
    }

    @Test
    @DisplayName("a page in a buffer: changed only up to its length, and nothing when no link changes")
    void buffer() {
        String page = "<p><a href=\"https://github.com/x\">x</a> <a rel=me href='https://x.org'>";
        char[] buffer = (page + "<a href=\"https://after.example.org/\">").toCharArray();
        List<String> reported = new ArrayList<>();
        assertEquals(links.apply(page),
                links.applyIfChanged(buffer, page.length(), (url, offset, src) -> reported.add(url)));
        assertEquals(List.of("https://github.com/x", "https://x.org"), reported);
        char[] internal = "<a href=\"/a\"><a href=\"https://blog.example.com/\">//".toCharArray();
        assertNull(links.applyIfChanged(internal, internal.length - 2, null));
    }
}
