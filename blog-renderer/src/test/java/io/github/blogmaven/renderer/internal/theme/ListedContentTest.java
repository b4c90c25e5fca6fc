package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.internal.TestSites;
import io.github.blogmaven.renderer.internal.links.Links;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a theme's list templates may print a listed post's whole content. */
class ListedContentTest {
    private static final List<String> LISTS = List.of("index.ftlh", "archive.ftlh", "tag.ftlh", "category.ftlh");

    @TempDir
    Path base;

    @Test
    @DisplayName("a member content of anything but page counts, as a name or a literal key; nothing else does")
    void whatCountsAsReadingContent() {
        for (String read : List.of("${post.content}", "${p['content']}", "${p[\"content\"]}", "${p . content}",
                "${page.posts[0].content}", "<#if item.content?has_content>")) {
            assertTrue(Theme.readsContent(read), read);
        }
        for (String other : List.of("${page.content!''}", "<#if x?has_content>", "<meta name=\"a\" content=\"b\">",
                "${post.contents}", "${post.content_type}", "${post.excerpt}", "${content}")) {
            assertFalse(Theme.readsContent(other), other);
        }
    }

    @Test
    @DisplayName("the built-in theme's lists print excerpts only")
    void builtInTheme() throws IOException {
        assertFalse(theme(null).mayReadContent(LISTS));
    }

    @Test
    @DisplayName("what a list template imports or includes counts, through the built-in theme too")
    void followsImportsAndIncludes() throws IOException {
        layout("index.ftlh", "<#import \"parts/list.ftlh\" as list><@list.posts/>");
        layout("parts/list.ftlh", "<#macro posts><#include \"item.ftlh\"></#macro>");
        layout("parts/item.ftlh", "<#list page.posts as p>${p.content}</#list>");
        assertTrue(theme("t").mayReadContent(LISTS));

        layout("parts/item.ftlh", "<#list page.posts as p>${p.excerpt}</#list>");
        assertFalse(theme("t").mayReadContent(LISTS));

        layout("base.ftlh", "<#macro page>${post.content}</#macro>");
        assertTrue(theme("t").mayReadContent(LISTS), "the site's base.ftlh, which the built-in tag.ftlh imports");
        assertFalse(theme("t").mayReadContent(List.of("index.ftlh")));
    }

    @Test
    @DisplayName("an include whose name is computed counts as reading content")
    void computedInclude() throws IOException {
        layout("index.ftlh", "<#assign name = \"item.ftlh\"><#include name>");
        layout("item.ftlh", "${page.title}");
        assertTrue(theme("t").mayReadContent(List.of("index.ftlh")));
    }

    @Test
    @DisplayName("a template the post page alone uses does not count")
    void postTemplateIsNotAList() throws IOException {
        layout("post.ftlh", "<main>${post.content}</main>");
        layout("index.ftlh", "<#list page.posts as p>${p.excerpt}</#list>");
        Theme theme = theme("t");
        assertFalse(theme.mayReadContent(List.of("index.ftlh")));
        assertTrue(theme.mayReadContent(List.of("post.ftlh")));
    }

    private void layout(String name, String text) throws IOException {
        Path file = base.resolve("themes/t/layout").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Theme theme(String name) throws IOException {
        SiteConfig config = TestSites.config(name == null ? Map.of() : Map.of("theme", name));
        return Theme.open(base, config, new Links(config), BuildListener.SILENT);
    }
}
