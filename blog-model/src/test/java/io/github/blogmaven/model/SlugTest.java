package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Slug.slugize matches hexo-util's slugize")
class SlugTest {
    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Hello World           | Hello-World",
        "阿里巴巴正式开源        | 阿里巴巴正式开源",
        "OpenMessaging和ApsaraCache | OpenMessaging和ApsaraCache",
        "Hello, World!         | Hello-World",
        "a & b / c?            | a-b-c",
        "  --trim--            | trim",
        "Crème brûlée          | Creme-brulee",
        "Straße Œuvre Øre      | Strasse-OEuvre-Ore",
        "C++                   | C",
        "日本語 と 한국어         | 日本語-と-한국어",
    })
    void slugize(String text, String slug) {
        assertEquals(slug, Slug.slugize(text));
    }

    @ParameterizedTest(name = "filename_case {1}: \"{0}\" is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "Hello World | 0 | Hello-World",
        "Hello World | 1 | hello-world",
        "Hello World | 2 | HELLO-WORLD",
    })
    @DisplayName("filename_case")
    void filenameCase(String text, int filenameCase, String slug) {
        assertEquals(slug, Slug.slugize(text, filenameCase));
    }

    @Test
    @DisplayName("the same as hexo-util's regular expressions, on random text")
    void sameAsRegularExpressions() {
        Pattern control = Pattern.compile("[\\u0000-\\u001f]");
        Pattern special = Pattern.compile("[\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029"
                + "\\u202f\\u205f\\u3000\\ufeff~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
        Pattern edges = Pattern.compile("^-+|-+$");
        // no accented Latin letters: their folding is checked above
        String alphabet = "aZ9中-_ \t\n\u0001\u000b\u00a0\u2005\u3000\ufeff~`!@#$%^&*()+=[]{}|\\;:\"'<>,.?/x";
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            String expected = edges.matcher(special.matcher(control.matcher(input).replaceAll("")).replaceAll("-"))
                    .replaceAll("");
            assertEquals(expected, Slug.slugize(input), input);
        }
    }
}
