package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The names of what a build keeps beside the output folder {@code <name>}, in the same parent so that renames
 * between them are atomic: {@code .<name>.lock}, the swap journal {@code .<name>.swap}, staging folders
 * {@code .<name>.staging-<16 hex digits>} and the previous site while it is swapped out,
 * {@code .<name>.previous-<16 hex digits>}. Only names of exactly these forms are ever deleted.
 */
final class Siblings {
    private static final String STAGING = "staging-";
    private static final String PREVIOUS = "previous-";

    private final Path output;
    private final String prefix;
    private final Pattern leftover;

    /** @param output the real, absolute output folder; never a root */
    Siblings(Path output) {
        this.output = output;
        this.prefix = "." + output.getFileName() + ".";
        this.leftover = Pattern.compile(Pattern.quote(prefix) + "(" + STAGING + "|" + PREVIOUS + ")[0-9a-f]{16}");
    }

    Path output() {
        return output;
    }

    Path parent() {
        return output.getParent();
    }

    Path lock() {
        return parent().resolve(prefix + "lock");
    }

    Path journal() {
        return parent().resolve(prefix + "swap");
    }

    /** Where the journal is written before it is renamed into place, so it is never seen half written. */
    Path journalDraft() {
        return parent().resolve(prefix + "swap.draft");
    }

    /** Creates a new, empty staging folder. */
    Path createStaging() throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent().resolve(newName(STAGING)));
            } catch (FileAlreadyExistsException e) {
                // 64 random bits collided: draw again.
            }
        }
    }

    /** A name for the previous site that nothing has yet. */
    Path newPrevious() {
        Path previous;
        do {
            previous = parent().resolve(newName(PREVIOUS));
        } while (Files.exists(previous));
        return previous;
    }

    /** Whether {@code name} is one this scheme gives a staging folder or a previous site. */
    boolean isSwapFolderName(String name) {
        return leftover.matcher(name).matches();
    }

    boolean isStagingName(String name) {
        return isSwapFolderName(name) && name.startsWith(prefix + STAGING);
    }

    /** Every staging folder and previous site beside the output, whoever left it. */
    List<Path> swapFolders() throws IOException {
        List<Path> found = new ArrayList<>();
        // Filtered by the quoted pattern, not a glob: the output's name may hold glob syntax such as [1].
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent(),
                entry -> isSwapFolderName(entry.getFileName().toString()))) {
            entries.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private String newName(String kind) {
        return prefix + kind + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
