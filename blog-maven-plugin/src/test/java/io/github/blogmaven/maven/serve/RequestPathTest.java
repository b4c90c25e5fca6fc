package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/                          | /",
        "/posts/a.html              | /posts/a.html",
        "/about/                    | /about/",
        "/a%20b/c.html              | /a b/c.html",
        "/%E4%BD%A0%E5%A5%BD.html   | /你好.html",
        "/a+b;c=d@e:f.html          | /a+b;c=d@e:f.html",
        "/..a/b..                   | /..a/b..",
        "/.well-known/x             | /.well-known/x",
    })
    void decodesOnce(String raw, String decoded) {
        assertEquals(Optional.of(decoded), RequestPath.decode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "a.html", "*", "/..", "/../a", "/a/../b", "/a/..", "/.", "/./a", "/a/./", "/%2e%2e/a", "/%2E%2e/a",
        "/a%2F..%2Fb", "/%2e", "//a", "/a//b", "/a/%2F/b", "/a\\b", "/a%5cb", "/a%5Cb", "/a%00", "/a%0a", "/a%7f",
        "/a%c2%85", "/%252e%252e/a", "/a%25", "/%", "/%2", "/%zz", "/%c0%ae%c0%ae/a", "/%ff", "/%ed%a0%80", "/é"
    })
    void refuses(String raw) {
        assertEquals(Optional.empty(), RequestPath.decode(raw), raw);
    }
}
