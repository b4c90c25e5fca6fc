package io.github.blogmaven.renderer.internal.markdown;

import java.util.concurrent.FutureTask;

/**
 * A Markdown renderer made, and tried on a small document, on a thread of its own started before the site loads.
 * In a new JVM the renderer's first use loads and initialises several hundred classes of flexmark and of this
 * package, about a quarter of a second of one core; loading the site leaves a core idle for much of that (reading
 * the configuration, the start of the folder walk, putting the site together), while after it both cores render.
 * (The same for FreeMarker and the theme measured no faster: by then the loading threads keep both cores busy.)
 */
public final class MarkdownWarmUp {
    /** Something of each kind of block and inline a post usually has. */
    private static final String SAMPLE = """
            # Title

            Text with *emphasis*, **strong**, `code`, a [link](other/) and ![an image](a/1.jpg).

            <!-- more -->

            > quoted
            text

            ```java
            int x = 1;
            ```

            | a | b |
            |---|---|
            | 1 | 2 |
            """;

    private final MarkdownOptions options;
    private final FutureTask<MarkdownRenderer> made;
    private final Thread thread;

    private MarkdownWarmUp(MarkdownOptions options) {
        this.options = options;
        this.made = new FutureTask<>(() -> {
            MarkdownRenderer renderer = new MarkdownRenderer(options);
            renderer.renderInPlace(new MarkdownSource(SAMPLE, "sample.md", 1, null));
            return renderer;
        });
        this.thread = MarkdownRenderer.startWithStack(made, "blog-maven-warm-up");
    }

    /** Starts making a renderer with {@code options}, the ones the site most likely has. */
    public static MarkdownWarmUp start(MarkdownOptions options) {
        return new MarkdownWarmUp(options);
    }

    /** A renderer with {@code options}: the one made ahead when they are the ones it was started with. */
    public MarkdownRenderer renderer(MarkdownOptions options) {
        if (!options.equals(this.options)) {
            return new MarkdownRenderer(options);
        }
        return MarkdownRenderer.outcome(made, thread, "making the Markdown renderer");
    }
}
