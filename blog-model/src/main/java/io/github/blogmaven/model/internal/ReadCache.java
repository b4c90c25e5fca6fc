package io.github.blogmaven.model.internal;

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

    /** What {@code file} gave last time, if the walk found it as it was then; else null. */
    @SuppressWarnings("unchecked")
    <T> ParallelReader.Result<T> find(ScannedFile file, LoadSettings settings) {
        Entry entry = entries.get(file.relativePath());
        if (entry == null || entry.size() != file.size() || entry.modified() != file.modified().toMillis()
                || !entry.settings().equals(settings)) {
            return null;
        }
        return (ParallelReader.Result<T>) entry.result();
    }

    /** Keeps what {@code file}, as the walk found it, gave. */
    void keep(ScannedFile file, LoadSettings settings, ParallelReader.Result<?> result) {
        entries.put(file.relativePath(), new Entry(file.size(), file.modified().toMillis(), settings, result));
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
