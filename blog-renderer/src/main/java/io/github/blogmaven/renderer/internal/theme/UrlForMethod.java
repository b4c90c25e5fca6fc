package io.github.blogmaven.renderer.internal.theme;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.github.blogmaven.renderer.internal.links.Links;
import java.util.List;

/**
 * Hexo's {@code url_for} and {@code full_url_for} for templates: {@code ${url_for("/images/logo.png")}} honours
 * {@code root} and percent-encodes; absolute URLs pass through unchanged.
 */
final class UrlForMethod implements TemplateMethodModelEx {
    private final Links links;
    private final boolean absolute;

    UrlForMethod(Links links, boolean absolute) {
        this.links = links;
        this.absolute = absolute;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel)) {
            throw new TemplateModelException((absolute ? "full_url_for" : "url_for") + " takes one string");
        }
        String value = ((TemplateScalarModel) arguments.get(0)).getAsString();
        String url = absolute ? links.absoluteForUserValue(value) : links.forUserValue(value);
        return new SimpleScalar(url == null ? "" : url);
    }

    static TemplateModel of(Links links, boolean absolute) {
        return new UrlForMethod(links, absolute);
    }
}
