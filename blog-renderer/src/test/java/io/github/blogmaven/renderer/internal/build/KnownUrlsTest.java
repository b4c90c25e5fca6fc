package io.github.blogmaven.renderer.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Known URLs are found by the characters of a page, as a set of strings finds them")
class KnownUrlsTest {
    @Test
    @DisplayName("a URL is found wherever its characters stand in a page, and only it")
    void foundInPlace() {
        KnownUrls known = new KnownUrls(10);
        known.add("/tags/java/");
        char[] page = "<a href=\"/tags/java/\"><a href=\"/tags/java\"><a href=\"/tags/java/x\">".toCharArray();

        assertTrue(known.contains(page, 9, 20));
        assertFalse(known.contains(page, 31, 41));
        assertFalse(known.contains(page, 52, 64));
        assertFalse(known.contains(page, 9, 9));
    }

    @Test
    @DisplayName("many random URLs: the same answers as a HashSet, up to its capacity")
    void likeASet() {
        Random random = new Random(3);
        KnownUrls known = new KnownUrls(500);
        Set<String> added = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String url = randomUrl(random);
            if (added.size() < 500) {
                known.add(url);
                added.add(url);
            }
            String probe = random.nextBoolean() ? url : randomUrl(random);
            char[] page = ("x\"" + probe + "\"y").toCharArray();
            assertEquals(added.contains(probe), known.contains(page, 2, 2 + probe.length()), probe);
        }
        String late = "/not/taken/because/it/is/full/";
        known.add(late);
        assertFalse(known.contains(late.toCharArray(), 0, late.length()));
    }

    private static String randomUrl(Random random) {
        StringBuilder url = new StringBuilder("/");
        for (int n = random.nextInt(6); n >= 0; n--) {
            url.append("ab%E4/".charAt(random.nextInt(6)));
        }
        return url.toString();
    }
}
