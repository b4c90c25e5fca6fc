package io.github.blogmaven.model.internal;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier loads read from each post and page, kept for the next load of the same site: a file whose size and
 * modification time are unchanged, loaded with equal settings, gives what it gave before without being read and
 * parsed again. Thread-safe: files are read in parallel.
 */
public final class ReadCache {
    private record Entry(long size, long modified, LoadSettings settings, ParallelReader.Result<?> result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** What {@code path} gave last time, if it is as it was then; else null. */
    @SuppressWarnings("unchecked")
    <T> ParallelReader.Result<T> find(String path, BasicFileAttributes attributes, LoadSettings settings) {
        Entry entry = entries.get(path);
        if (entry == null || entry.size() != attributes.size()
                || entry.modified() != attributes.lastModifiedTime().toMillis() || !entry.settings().equals(settings)) {
            return null;
        }
        return (ParallelReader.Result<T>) entry.result();
    }

    void keep(String path, BasicFileAttributes attributes, LoadSettings settings, ParallelReader.Result<?> result) {
        entries.put(path, new Entry(attributes.size(), attributes.lastModifiedTime().toMillis(), settings, result));
    }

    /** Forgets the files at {@code paths}. */
    public void forget(java.util.Collection<String> paths) {
        paths.forEach(entries::remove);
    }

    /** Forgets the files not in {@code paths}, such as deleted ones. */
    void retainOnly(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
