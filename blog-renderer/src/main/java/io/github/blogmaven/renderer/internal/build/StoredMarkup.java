package io.github.blogmaven.renderer.internal.build;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.blogmaven.renderer.internal.output.ScratchFile;
import io.github.blogmaven.renderer.internal.pages.Views;
import io.github.blogmaven.renderer.internal.theme.Markup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A post's HTML kept in the build's scratch file rather than in memory, for a list page whose theme prints the
 * whole {@code content} of the posts it lists; read back each time a template does.
 */
record StoredMarkup(ScratchFile file, long position, int length) implements Markup {
    /** Puts {@code html} in {@code file}. */
    static Markup keep(ScratchFile file, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new StoredMarkup(file, file.append(bytes), bytes.length);
    }

    @Override
    public TemplateHTMLOutputModel model() {
        try {
            return Views.markup(new String(file.read(position, length), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back a post's HTML from " + ScratchFile.FILE_NAME, e);
        }
    }
}
