package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and parses source files in parallel. Each file gets its own parser and its own problem list, so no
 * state is shared; results come back in the order of the input list, which keeps every later step
 * deterministic.
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
        try {
            return files.parallelStream().map(file -> readOne(file, dates, interpreter)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> Result<T> readOne(ScannedFile file, DateReader dates, Interpreter<T> interpreter) {
        Problems problems = new Problems();
        String text;
        Instant modified;
        try {
            text = SourceText.read(file.file(), file.relativePath(), problems);
            modified = Files.getLastModifiedTime(file.file()).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) {
            return new Result<>(null, problems.list(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        FrontMatterParser parser = new FrontMatterParser(new YamlParser(dates::yamlTimestamp), warnings::add);
        ParsedSource parsed = parser.parse(file.relativePath(), text, problems);
        T value = interpreter.read(file, parsed, modified, problems);
        return new Result<>(value, problems.list(), List.copyOf(warnings));
    }
}
