package io.github.blogmaven.renderer.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HtmlLinks finds the href and src values of a page as a browser reads them")
class HtmlLinksTest {
    private static List<String> scan(String html) {
        List<String> urls = new ArrayList<>();
        HtmlLinks.scan(html, (url, offset, src) -> urls.add((src ? "src " : "href ") + url));
        return urls;
    }

    @Test
    @DisplayName("double-quoted, single-quoted and unquoted values, any case, with their offsets")
    void quoting() {
        assertEquals(List.of("href /a", "src /b.png", "href /c", "href /d"),
                scan("<a href=\"/a\"><img src='/b.png'><A HREF=/c><link\nhref = \"/d\"/>"));
    }

    @Test
    @DisplayName("each value is reported with the offset of its first character, to locate it in a source file")
    void offsets() {
        String html = "<p>\n<a href=\"/a\"><img src='/b.png'><A HREF=/c></p>";
        List<Integer> offsets = new ArrayList<>();
        HtmlLinks.scan(html, (url, offset, src) -> offsets.add(offset));
        assertEquals(List.of(html.indexOf("/a"), html.indexOf("/b.png"), html.indexOf("/c")), offsets);
    }

    @Test
    @DisplayName("character references are decoded and surrounding spaces dropped")
    void references() {
        assertEquals(List.of("href /a?x=1&y=2", "href /tags/a&b/", "href /&unknown;"),
                scan("<a href=\"/a?x=1&amp;y=2\"><a href=\" /tags/a&#38;b&#x2F; \"><a href=\"/&unknown;\">"));
    }

    @Test
    @DisplayName("only ASCII white space separates attributes; names take ASCII letters, digits, - : and _")
    void characterClasses() {
        assertEquals(List.of("href /a", "href /b", "href /c\u00a0d", "src /e"),
                scan("<a\fhref=/a><a\thref\r=\n\"/b\"><a href=/c\u00a0d><x-y:z_1 src=/e>"
                        + "<a\u00a0href=/nbsp><\u00e9 href=/accent>"));
    }

    @Test
    @DisplayName("other attributes, comments, end tags, <!DOCTYPE> and escaped text are not links")
    void notLinks() {
        assertEquals(List.of("href /real"), scan("<!DOCTYPE html><!-- <a href=\"/commented\"> -->"
                + "<img data-src=\"/x\" srcset=\"/y 2x\">&lt;a href=\"/escaped\"&gt;</a><p title=\"href=/t\">"
                + "<a href=\"/real\">"));
    }

    @Test
    @DisplayName("the raw text of <script>, <style> and <textarea> is skipped up to the end tag")
    void rawText() {
        assertEquals(List.of("src /app.js", "href /after"), scan("<script src=\"/app.js\">"
                + "var s = '<a href=\"/in-script\">';</SCRIPT><style>a[href=\"/x\"]{}</style><textarea><a href=\"/t\">"
                + "</textarea><a href=\"/after\">"));
    }

    @Test
    @DisplayName("unterminated tags, comments and quotes end the scan instead of looping")
    void unterminated() {
        assertEquals(List.of(), scan("<a href=\"/never-closed"));
        assertEquals(List.of(), scan("<!-- <a href=\"/x\">"));
        assertEquals(List.of("href /x"), scan("<a href=\"/x\" <b"));
        assertEquals(List.of(), scan("<"));
        assertEquals(List.of(), scan("a < b and c<d"));
    }

    @Test
    @DisplayName("takes time in proportion to the page, whatever the page holds")
    void linearTime() {
        String[] hostile = {"<a href=x ".repeat(200_000), "<!-".repeat(300_000), "<script>".repeat(150_000),
            "<a ".repeat(300_000), "<a href=\"/x\">".repeat(100_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String html : hostile) {
                HtmlLinks.scan(html, (url, offset, src) -> { });
            }
        });
    }

    @Test
    @DisplayName("in an array, only the document's length is read: what follows it in the buffer is no part of it")
    void arrayWithRoomToSpare() {
        String[] pages = {"<a href=\"/a\">", "<a href=\"/never-closed", "<!-- <a href=\"/x\">", "<script>x",
            "<a href=/c", "<img src='/b.png'"};
        for (String page : pages) {
            char[] buffer = (page + "\" --> </script> '> <a href=\"/after\">").toCharArray();
            List<String> urls = new ArrayList<>();
            HtmlLinks.scan(buffer, page.length(), (url, offset, src) -> urls.add((src ? "src " : "href ") + url));
            assertEquals(scan(page), urls, page);
        }
    }
}
