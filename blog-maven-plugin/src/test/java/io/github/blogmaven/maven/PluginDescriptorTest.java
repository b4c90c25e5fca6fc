package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reads the descriptor maven-plugin-plugin generated, so the documented -D properties are the real ones. */
class PluginDescriptorTest {

    @Test
    @DisplayName("the goal is blog:generate, bound to package")
    void goal() throws IOException {
        String descriptor = descriptor();

        assertTrue(descriptor.contains("<goalPrefix>blog</goalPrefix>"), descriptor);
        assertTrue(descriptor.contains("<goal>generate</goal>"), descriptor);
        assertTrue(descriptor.contains("<phase>package</phase>"), descriptor);
        assertTrue(descriptor.contains("<threadSafe>true</threadSafe>"), descriptor);
    }

    @Test
    @DisplayName("every parameter has its blog.* property and default")
    void parameters() throws IOException {
        String descriptor = descriptor();

        assertTrue(descriptor.contains(
                "<baseDirectory implementation=\"java.io.File\" default-value=\"${project.basedir}\">${"
                        + PropertyNames.BASE_DIRECTORY + "}</baseDirectory>"), descriptor);
        assertTrue(descriptor.contains(
                "<outputDirectory implementation=\"java.io.File\" default-value=\"${project.build.directory}/blog\">${"
                        + PropertyNames.OUTPUT_DIRECTORY + "}</outputDirectory>"), descriptor);
        assertTrue(descriptor.contains("<drafts implementation=\"boolean\" default-value=\"false\">${"
                + PropertyNames.DRAFTS + "}</drafts>"), descriptor);
        assertTrue(descriptor.contains("<future implementation=\"boolean\" default-value=\"false\">${"
                + PropertyNames.FUTURE + "}</future>"), descriptor);
        assertTrue(descriptor.contains("<skip implementation=\"boolean\" default-value=\"false\">${"
                + PropertyNames.SKIP + "}</skip>"), descriptor);
    }

    @Test
    @DisplayName("blog:new takes -Dtitle, -Dlayout (post by default) and -Dslug; blog:publish takes -Dslug")
    void newAndPublish() throws IOException {
        String descriptor = descriptor();

        assertTrue(descriptor.contains("<goal>new</goal>"), descriptor);
        assertTrue(descriptor.contains("<goal>publish</goal>"), descriptor);
        assertTrue(descriptor.contains("<title implementation=\"java.lang.String\">${"
                + PropertyNames.TITLE + "}</title>"), descriptor);
        assertTrue(descriptor.contains("<layout implementation=\"java.lang.String\" default-value=\"post\">${"
                + PropertyNames.LAYOUT + "}</layout>"), descriptor);
        assertTrue(descriptor.contains("<slug implementation=\"java.lang.String\">${"
                + PropertyNames.SLUG + "}</slug>"), descriptor);
    }

    private static String descriptor() throws IOException {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "plugin.xml not generated");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
