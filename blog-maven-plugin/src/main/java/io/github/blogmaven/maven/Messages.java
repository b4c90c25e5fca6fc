package io.github.blogmaven.maven;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.renderer.ScaffoldException;
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

    /** Logged when {@code blog:new} has written a file. */
    static String created(Path file) {
        return "Created " + file;
    }

    /** Logged when {@code blog:publish} has moved a draft. */
    static String published(String name, Path post) {
        return "Published draft " + name + " as " + post;
    }

    /** The failure of {@code blog:publish} run without a draft name. */
    static String slugRequired() {
        return "Name the draft to publish: mvn blog:publish -D" + PropertyNames.SLUG + "=<name>";
    }

    /** The failure of {@code blog:new} run without a title. */
    static String titleRequired() {
        return "Give the new post a title: mvn blog:new -D" + PropertyNames.TITLE + "=\"My title\"";
    }

    /** The failure of {@code blog:new} or {@code blog:publish} when nothing could be written. */
    static String scaffoldFailure(ScaffoldException e) {
        return switch (e.reason()) {
            case TARGET_EXISTS -> e.file() + " already exists; it is never overwritten. Choose another title or "
                    + "-D" + PropertyNames.SLUG + "=<name>, or move the file away.";
            case DRAFT_MISSING -> "There is no draft " + e.file() + ". "
                    + (e.available().isEmpty() ? "source/_drafts holds no drafts."
                            : "Drafts: " + String.join(", ", e.available()) + ".");
            case BAD_NAME -> "'" + e.name() + "' cannot name a file: use letters, digits, '-' or '_', without a "
                    + "folder.";
        };
    }

    /** The message of the build error when files could not be read or written. */
    static String ioFailure(IOException cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "Could not read or write the blog's files: " + detail;
    }

    static String serving(java.net.URI uri) {
        return "Previewing at " + uri + " (drafts and future posts included; Ctrl-C to stop)";
    }

    static String serveFailure(String host, int port, IOException cause) {
        String message = String.valueOf(cause.getMessage());
        String hint = cause instanceof java.net.BindException && message.contains("in use")
                ? "Another program listens on that port: pick another with -D" + PropertyNames.PORT + "=4001."
                : cause instanceof java.net.BindException || cause instanceof java.net.UnknownHostException
                        ? "This machine has no such address: leave -D" + PropertyNames.HOST
                                + " out for 127.0.0.1, or give one of its own addresses."
                        : "Check the address and port.";
        return "Could not start the preview on " + host + ":" + port + ": " + message + ". " + hint;
    }
}
