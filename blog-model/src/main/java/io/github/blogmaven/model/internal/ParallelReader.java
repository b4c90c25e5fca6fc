package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads and parses source files in parallel. Each file gets its own problem list and a YAML parser no other thread
 * holds meanwhile, one left idle by an earlier file rather than one made for it (with its resolver and constructor
 * tables, 0.4 % of a 10,000-post build); results come back in the order of the input list, which keeps every later
 * step deterministic.
 */
final class ParallelReader {
    private ParallelReader() {
    }

    /** Gives a parsed file its meaning (a post, a page). */
    @FunctionalInterface
    interface Interpreter<T> {
        T read(ScannedFile file, ParsedSource parsed, Instant modified, Problems problems);
    }

    /**
     * What one file gave.
     *
     * @param value the interpreted file
     * @param problems what is wrong with it
     * @param warnings what to tell the user about it
     */
    record Result<T>(T value, List<ContentProblem> problems, List<String> warnings) {
    }

    static <T> List<Result<T>> read(List<ScannedFile> files, DateReader dates, Interpreter<T> interpreter)
            throws IOException {
        return read(files, dates, interpreter, null, null);
    }

    /**
     * Reads {@code files}, taking from {@code cache} what a file unchanged since an earlier load with equal
     * {@code settings} gave, and keeping what the others give.
     *
     * @param cache null to read every file
     */
    static <T> List<Result<T>> read(List<ScannedFile> files, DateReader dates, Interpreter<T> interpreter,
            ReadCache cache, LoadSettings settings) throws IOException {
        try {
            Queue<YamlParser> idle = new ConcurrentLinkedQueue<>();
            return files.parallelStream().map(file -> readOne(file, dates, interpreter, cache, settings, idle))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> Result<T> readOne(ScannedFile file, DateReader dates, Interpreter<T> interpreter,
            ReadCache cache, LoadSettings settings, Queue<YamlParser> idle) {
        Problems problems = new Problems();
        String text;
        // The file's size and time are the walk's: asking the file system again for each was two of the reading's
        // three system calls besides the read itself (a tenth of its samples).
        if (cache != null) {
            Result<T> kept = cache.find(file, settings);
            if (kept != null) {
                return kept;
            }
        }
        try {
            text = SourceText.read(file.file(), file.relativePath(), file.size(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result<T> result;
        if (text == null) {
            result = new Result<>(null, problems.list(), List.of());
        } else {
            List<String> warnings = new ArrayList<>();
            YamlParser idleParser = idle.poll();
            YamlParser yaml = idleParser != null ? idleParser : new YamlParser(dates::yamlTimestamp);
            ParsedSource parsed = new FrontMatterParser(yaml, warnings::add).parse(file.relativePath(), text, problems);
            idle.add(yaml);
            T value = interpreter.read(file, parsed, file.modified().toInstant(), problems);
            result = new Result<>(value, problems.list(), List.copyOf(warnings));
        }
        if (cache != null) {
            cache.keep(file, settings, result);
        }
        return result;
    }
}
