package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuiltInThemeTest {
    private static final Path SOURCES = Path.of("src/main/resources/io/github/blogmaven/renderer/theme");

    @Test
    @DisplayName("source-files.txt lists exactly the files of the built-in theme's source/")
    void assetListIsComplete() throws IOException {
        List<String> listed = Files.readAllLines(SOURCES.resolve("source-files.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("source"))) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(f -> SOURCES.resolve("source").relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
            assertEquals(present, listed);
        }
    }

    @Test
    @DisplayName("every template the generator asks for is built in")
    void templatesExist() {
        for (String name : List.of("base.ftlh", "post.ftlh", "page.ftlh", "index.ftlh", "archive.ftlh", "tag.ftlh",
                "tags.ftlh", "category.ftlh", "categories.ftlh", "404.ftlh", "atom.ftlx", "rss2.ftlx",
                "sitemap.ftlx")) {
            assertNotNull(Theme.class.getResource(Theme.BUILT_IN + "layout/" + name), name);
        }
    }

    @Test
    @DisplayName("the built-in templates never run data as code nor print it unescaped")
    void builtInTemplatesTreatDataAsData() throws IOException {
        Pattern code = Pattern.compile("\\?(eval|eval_json|interpret|new|api)\\b");
        // ?no_esc only where ?json_string has escaped the value for a <script> element
        Pattern unescaped = Pattern.compile("(?<!\\?json_string)\\?no_esc");
        try (Stream<Path> files = Files.list(SOURCES.resolve("layout"))) {
            for (Path file : files.toList()) {
                String template = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(code.matcher(template).find(), file + " evaluates or instantiates something");
                assertFalse(unescaped.matcher(template).find(), file + " prints a value unescaped");
                assertFalse(template.contains("<#noautoesc"), file + " turns escaping off");
            }
        }
    }
}
