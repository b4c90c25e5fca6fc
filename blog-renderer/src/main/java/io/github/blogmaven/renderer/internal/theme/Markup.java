package io.github.blogmaven.renderer.internal.theme;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * HTML that templates print as it is, made into a template value only when a template reads it. A build of many
 * posts keeps the HTML of the posts its lists show somewhere other than the heap, and reads each back only for a
 * theme that prints a listed post's whole {@code content}.
 */
public interface Markup {
    /** The HTML as templates see it. */
    TemplateHTMLOutputModel model();

    /** Markup held in memory. Equal when the model is the same object, which a live build shares between builds. */
    record Held(TemplateHTMLOutputModel model) implements Markup {
    }
}
