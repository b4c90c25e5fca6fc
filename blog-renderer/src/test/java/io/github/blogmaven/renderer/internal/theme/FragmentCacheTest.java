package io.github.blogmaven.renderer.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FragmentCacheTest {
    private final AtomicInteger calls = new AtomicInteger();
    /** {@code ${counted()}}: how many times it was called, this call included. */
    private final TemplateMethodModelEx counted = arguments -> new SimpleScalar(Integer.toString(calls.incrementAndGet()));

    @Test
    @DisplayName("the content renders once per id; each page writes that output; the rest renders every time")
    void rendersOncePerId() throws Exception {
        FragmentCache cache = new FragmentCache();
        Template page = template("<@fragment_cache id=\"a\">[${counted()}]</@fragment_cache>"
                + "<@fragment_cache id=\"b\">{${counted()}}</@fragment_cache>${counted()}");

        assertEquals("[1]{2}3", render(page, cache));
        assertEquals("[1]{2}4", render(page, cache));
        assertEquals("[1]{2}5", render(page, cache));
        assertEquals("[6]{7}8", render(page, new FragmentCache()), "a new theme, a new cache");
    }

    @Test
    @DisplayName("the cached output is escaped as the template escapes it")
    void escapedAsRendered() throws Exception {
        Template page = template("<@fragment_cache id=\"a\"><p title=\"${title}\">${title}</p></@fragment_cache>");
        FragmentCache cache = new FragmentCache();
        Map<String, Object> model = Map.of("title", "<b>&\"");
        assertEquals("<p title=\"&lt;b&gt;&amp;&quot;\">&lt;b&gt;&amp;&quot;</p>", render(page, cache, model));
        assertEquals(render(page, new FragmentCache(), model), render(page, cache, model));
    }

    @Test
    @DisplayName("pages rendering at once all get the same output")
    void concurrentPages() throws Exception {
        FragmentCache cache = new FragmentCache();
        Template page = template("<@fragment_cache id=\"a\">${counted()}</@fragment_cache>");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                pages.add(pool.submit(() -> render(page, cache)));
            }
            String first = pages.get(0).get();
            for (Future<String> each : pages) {
                assertEquals(first, each.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(calls.get() <= 4, "rendered " + calls.get() + " times");
    }

    @Test
    @DisplayName("past the most ids kept, content renders every time, with the same output")
    void boundedIds() throws Exception {
        FragmentCache cache = new FragmentCache();
        Template page = template("<@fragment_cache id=id>${id}</@fragment_cache>");
        for (int i = 0; i < FragmentCache.MAX_IDS + 10; i++) {
            assertEquals("id" + i, render(page, cache, Map.of("id", "id" + i)));
        }
        assertEquals("id3", render(page, cache, Map.of("id", "id3")));
    }

    @Test
    @DisplayName("an id that is missing, not a string or joined by another parameter is an error naming the form")
    void badParameters() throws Exception {
        for (String call : List.of("<@fragment_cache>x</@fragment_cache>", "<@fragment_cache id=1>x</@fragment_cache>",
                "<@fragment_cache id=\"a\" other=\"b\">x</@fragment_cache>")) {
            TemplateException e = assertThrows(TemplateException.class,
                    () -> render(template(call), new FragmentCache()));
            assertTrue(e.getMessage().contains("<@fragment_cache id=\"header\">"), e.getMessage());
        }
    }

    private String render(Template page, FragmentCache cache) throws Exception {
        return render(page, cache, Map.of());
    }

    private String render(Template page, FragmentCache cache, Map<String, Object> values) throws Exception {
        Map<String, Object> model = new HashMap<>(values);
        model.put("fragment_cache", cache);
        model.put("counted", counted);
        StringWriter out = new StringWriter();
        page.process(model, out);
        return out.toString();
    }

    private static Template template(String text) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLogTemplateExceptions(false);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("page.ftlh", text);
        configuration.setTemplateLoader(loader);
        return configuration.getTemplate("page.ftlh");
    }
}
