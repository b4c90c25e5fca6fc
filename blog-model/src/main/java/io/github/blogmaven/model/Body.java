package io.github.blogmaven.model;

import io.github.blogmaven.model.internal.HeldBody;

/**
 * The body of a post or page: the text of its source file after the front matter, every line ending a {@code \n}.
 *
 * <p>A page's body is held in memory. So is a post's, unless the posts' files together take more than a sixteenth of
 * the heap the JVM may use: then each post's body is read from its file again whenever {@link #text()} is called,
 * and a site of 100,000 posts keeps their front matter in memory while it is built, not their text.
 */
public interface Body {
    /** The 1-based line of the source file on which the body starts. */
    int line();

    /** How many characters the text had when the site was loaded, known without reading it again. */
    int length();

    /**
     * The text.
     *
     * @throws ContentException when it is read again and the file is gone, is no longer UTF-8, or no longer
     *     starts with the front matter the site was loaded with: it changed while the site was being built
     */
    String text() throws ContentException;

    /** A body held in memory, starting on {@code line} of its file. */
    static Body of(String text, int line) {
        return new HeldBody(text, line);
    }
}
