package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
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
}
