package io.github.blogmaven.maven;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Every message the plugin itself shows a user, in one place so they stay consistent and tested. */
final class Messages {
    static final String SKIPPED = "Skipping blog generation (" + PropertyNames.SKIP + "=true)";

    private Messages() {
    }

    /** Logged before the build starts. */
    static String generating(Path baseDir, Path outputDir) {
        return "Generating blog from " + baseDir + " into " + outputDir;
    }

    /**
     * The message of the build failure when the content has problems: a count, then every problem on its own
     * line as {@code file:line:column: key 'k': message (hint: ...)}.
     */
    static String contentProblems(List<ContentProblem> problems) {
        StringBuilder out = new StringBuilder("The blog has ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" to fix:");
        for (ContentProblem problem : problems) {
            out.append(System.lineSeparator()).append("  ").append(problem);
        }
        return out.toString();
    }

    /** The message of the build error when files could not be read or written. */
    static String ioFailure(IOException cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "Could not read or write the blog's files: " + detail;
    }
}
