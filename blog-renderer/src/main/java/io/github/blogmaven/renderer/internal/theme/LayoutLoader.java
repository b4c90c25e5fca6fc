package io.github.blogmaven.renderer.internal.theme;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;

/**
 * Loads the templates of a site theme's {@code layout/} folder and nothing outside it. FreeMarker already refuses
 * names that climb above the folder ({@code ../}); this loader also refuses a template that is a symbolic link
 * (or lies under one) leading out of the folder, with an error naming it, instead of reading the file it
 * points to.
 */
final class LayoutLoader extends FileTemplateLoader {
    LayoutLoader(File layouts) throws IOException {
        super(layouts, false); // false: FreeMarker checks each file's canonical path is under the folder
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return super.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new OutsideLayouts(name, e);
        }
    }

    /** A template name resolved to a file outside the layout folder. */
    static final class OutsideLayouts extends IOException {
        private static final long serialVersionUID = 1L;

        private final String name;

        OutsideLayouts(String name, SecurityException cause) {
            super("template " + name + " is a link to a file outside the theme's layout folder; it was not read",
                    cause);
            this.name = name;
        }

        /** The template name, relative to the layout folder. */
        String name() {
            return name;
        }
    }
}
