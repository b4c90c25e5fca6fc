package io.github.blogmaven.model;

import io.github.blogmaven.model.internal.ReadCache;
import java.util.Collection;

/**
 * What loads of one site read from its posts and pages, kept for the next load, as a preview server loads the
 * same site again and again: a file whose size and modification time are unchanged is not read and parsed again
 * (see {@link SiteLoader#load(java.nio.file.Path, LoadOptions, SourceCache)}). The load is the same as without
 * it. Thread-safe; holds the parsed posts and pages in memory.
 */
public final class SourceCache {
    private final ReadCache reads = new ReadCache();

    /**
     * Forgets the files at these paths (relative to the base directory, as in {@link SourceFile#relativePath()}),
     * so the next load reads them even if their size and time look unchanged: for callers told by a file watcher
     * what changed.
     */
    public void forget(Collection<String> paths) {
        reads.forget(paths);
    }

    ReadCache reads() {
        return reads;
    }
}
