package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.SourceFile;
import java.io.IOException;

/**
 * A body read from its file each time it is asked for. It remembers where it starts in the file's text and a hash
 * of the text before it (the front matter), so that a file whose front matter changed since the site was loaded is
 * a problem rather than a page cut at the wrong place. A change to the body alone is read as it is now.
 *
 * @param source the file
 * @param line the 1-based line on which the body starts
 * @param length the body's length when the site was loaded
 * @param offset where the body starts in the file's text, as {@link SourceText} reads it
 * @param prefixHash {@link #hash} of the text before {@code offset}
 */
record FileBody(SourceFile source, int line, int length, int offset, long prefixHash) implements Body {

    /** The body of {@code parsed}, read from {@code source} whenever it is asked for. */
    static FileBody of(SourceFile source, ParsedSource parsed) {
        return new FileBody(source, parsed.contentLine(), parsed.text().length() - parsed.bodyOffset(),
                parsed.bodyOffset(), hash(parsed.text(), parsed.bodyOffset()));
    }

    @Override
    public String text() throws ContentException {
        String path = source.relativePath();
        Problems problems = new Problems();
        String text;
        try {
            text = SourceText.read(source.file(), path, problems);
        } catch (IOException e) {
            problems.add(path, 0, 0, null, "can no longer be read (" + e + ")", Hints.CHANGED_WHILE_BUILDING);
            text = null;
        }
        if (text != null && (text.length() < offset || hash(text, offset) != prefixHash)) {
            problems.add(path, 0, 0, null, "has a different front matter than when the site was loaded: it changed "
                    + "while the site was being built", Hints.CHANGED_WHILE_BUILDING);
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems.list());
        }
        return text.substring(offset);
    }

    /** FNV-1a over the first {@code end} characters of {@code text}: equal texts give equal hashes. */
    static long hash(String text, int end) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < end; i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
