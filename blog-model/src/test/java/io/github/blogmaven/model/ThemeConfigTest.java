package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The theme's configuration is merged as Hexo merges it")
class ThemeConfigTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("theme_config over _config.<theme>.yml over themes/<theme>/_config.yml, maps merged key by key")
    void mergeOrder() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\ntheme: t\ntheme_config:\n  a: site\n")
                .file("themes/t/_config.yml", "a: theme\nb: theme\nnested:\n  x: 1\n  y: 2\n")
                .file("_config.t.yml", "b: alternate\nnested:\n  y: 3\n")
                .load();
        assertEquals("site", site.theme().get("a"));
        assertEquals("alternate", site.theme().get("b"));
        assertEquals(Map.of("x", 1, "y", 3), site.theme().get("nested"));
    }

    @Test
    @DisplayName("no theme, no theme files: an empty theme configuration")
    void empty() throws Exception {
        Site site = TempSite.withConfig(dir, "timezone: UTC\n").load();
        assertTrue(site.theme().isEmpty());
    }

    @Test
    @DisplayName("broken YAML in _config.<theme>.yml is a problem naming that file and line")
    void brokenThemeFile() {
        ContentException e = assertThrows(ContentException.class,
                () -> TempSite.withConfig(dir, "timezone: UTC\ntheme: t\n")
                        .file("themes/t/_config.yml", "a: 1\n")
                        .file("_config.t.yml", "a: 1\nb: [unclosed\n")
                        .load());
        ContentProblem problem = e.problems().get(0);
        assertEquals("_config.t.yml", problem.path());
        assertTrue(problem.line() >= 2, problem::toString);
    }
}
