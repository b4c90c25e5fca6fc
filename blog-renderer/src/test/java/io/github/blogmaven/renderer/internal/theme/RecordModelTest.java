package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Records as templates see them")
public class RecordModelTest {
    /** A view as the build hands templates: public, immutable. */
    public record Item(String title, Integer count, List<String> tags, Item child) {
        public String secret() {
            return "not a component";
        }

        @Override
        public String toString() {
            return "Item " + title;
        }
    }

    private record Hidden(String title) {
    }

    private final Item item = new Item("A \u0001title", 3, List.of("x", "y"), new Item("Child", null, List.of(), null));

    @Test
    @DisplayName("components by name or called, nested records and lists, the text cleaned")
    void components() throws Exception {
        assertEquals("A title 3 x,y Child",
                render("${item.title} ${item.count} ${item.tags?join(',')} ${item.child.title}"));
        assertEquals("A title 3 Child", render("${item.title()} ${item.count()} ${item.child().title()}"));
    }

    @Test
    @DisplayName("printed as its toString(), as the bean wrapper prints a record")
    void printed() throws Exception {
        assertEquals("Item A \u0001title true", render("${item} ${item?is_hash?c}"));
    }

    @Test
    @DisplayName("a null component is missing; an unknown name or a method that is not a component is missing too")
    void missing() throws Exception {
        assertEquals("false false false",
                render("${(item.child.count??)?c} ${(item.nothing??)?c} ${(item.secret??)?c}"));
        TemplateException e = assertThrows(TemplateException.class, () -> render("${item.secret()}"));
        assertTrue(e.getMessage().contains("item.secret"), e.getMessage());
    }

    @Test
    @DisplayName("a component called with arguments is an error")
    void arguments() {
        assertThrows(TemplateException.class, () -> render("${item.title(1)}"));
    }

    @Test
    @DisplayName("its keys are its components, in declaration order (the bean wrapper gave them in no set order)")
    void keys() throws Exception {
        assertEquals("title,count,tags,child 4", render("${item?keys?join(',')} ${item?size}"));
    }

    @Test
    @DisplayName("a record that is not public is left to the bean wrapper, which cannot call its accessors either")
    void notPublic() throws Exception {
        assertEquals("false", process("${(item.title??)?c}", new Hidden("hidden")));
    }

    private String render(String template) throws IOException, TemplateException {
        return process(template, item);
    }

    private static String process(String template, Object item) throws IOException, TemplateException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(new SandboxedObjectWrapper(Configuration.VERSION_2_3_34));
        StringWriter out = new StringWriter();
        new Template("t", template, configuration).process(Map.of("item", item), out);
        return out.toString();
    }
}
