package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html          | text/html; charset=utf-8",
        "old/PAGE.HTM        | text/html; charset=utf-8",
        "css/style.css       | text/css; charset=utf-8",
        "js/app.mjs          | text/javascript; charset=utf-8",
        "js/app.js.map       | application/json; charset=utf-8",
        "atom.xml            | application/xml; charset=utf-8",
        "feed.atom           | application/atom+xml; charset=utf-8",
        "search.json         | application/json; charset=utf-8",
        "robots.txt          | text/plain; charset=utf-8",
        "img/logo.svg        | image/svg+xml; charset=utf-8",
        "img/a.JPG           | image/jpeg",
        "img/a.avif          | image/avif",
        "fonts/a.woff2       | font/woff2",
        "video/a.webm        | video/webm",
        "CNAME               | application/octet-stream",
        "dir.d/CNAME         | application/octet-stream",
        "archive.tar.gz      | application/octet-stream",
    })
    void byExtension(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }
}
