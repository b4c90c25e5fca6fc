package io.github.blogmaven.renderer.internal.theme;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hexo's {@code fragment_cache} for templates: {@code <@fragment_cache id="header">...</@fragment_cache>} renders
 * its content the first time a page asks for {@code id} and writes that output again wherever the same id comes
 * later, instead of rendering it for every page. For the parts of a page that are the same on every page of a
 * build, such as the site's header, menu and footer; what varies from page to page must stay outside it, and so
 * must an {@code <#assign>} that later parts of the page read, as it runs only when the content renders. Links in
 * the output are still checked, and made relative with {@code relative_link}, page by page.
 *
 * <p>One cache per {@link Theme}, which lives for one build (in {@code blog:serve}, a rebuild for edited post
 * bodies keeps it; any other rebuild opens the theme again). Safe for pages rendering at once: two pages that meet a new id together both render it,
 * and both write the output kept. A theme asking for more than {@link #MAX_IDS} ids is rendering per page: the others
 * render every time.
 */
final class FragmentCache implements TemplateDirectiveModel {
    static final int MAX_IDS = 256;

    private final Map<String, String> outputs = new ConcurrentHashMap<>();

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("id") instanceof TemplateScalarModel id) || loopVars.length > 0) {
            throw new TemplateModelException("fragment_cache takes one parameter, a string id:"
                    + " <@fragment_cache id=\"header\">...</@fragment_cache>");
        }
        if (body == null) {
            return;
        }
        String key = id.getAsString();
        String output = outputs.get(key);
        if (output == null) {
            StringWriter rendered = new StringWriter();
            body.render(rendered);
            output = rendered.toString();
            if (outputs.size() < MAX_IDS) {
                String kept = outputs.putIfAbsent(key, output);
                output = kept != null ? kept : output;
            }
        }
        env.getOut().write(output);
    }
}
