package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The text of an HTML fragment")
class HtmlTest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @Test
    @DisplayName("tags become spaces, entities are decoded, whitespace collapses")
    void cases() {
        assertEquals("a b c", Html.text("<p>a</p>\n<p>b <em>c</em></p>"));
        assertEquals("1 < 2 & \"x\" 'y'", Html.text("1 &lt; 2 &amp; &quot;x&quot; &#39;y&#39;"));
        assertEquals("a < b", Html.text("a < b"));
        assertEquals("中文 text", Html.text("<h2 id=\"中文\">中文</h2>\t\r\n text"));
        assertEquals("", Html.text("<br/>"));
    }

    @Test
    @DisplayName("the same as the regular expressions it replaces, on random fragments")
    void sameAsRegex() {
        Random random = new Random(5);
        List<String> pieces = List.of("<", ">", "<p>", "</p>", "a", "中", " ", "  ", "\t", "\n", "\r", "\u000B", "\f",
                "\u00A0", "&lt;", "&gt;", "&amp;", "&quot;", "&#39;", "&nbsp;", "&", ";", "<a href=\"x\">");
        for (int i = 0; i < 5000; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                html.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertEquals(byRegex(html.toString()), Html.text(html.toString()), html.toString());
        }
    }

    private static String byRegex(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
