package io.github.blogmaven.model;

/**
 * Receives what the loader has to say, one line per call. The model never logs on its own; a caller binds this to
 * its own log. Called from one thread at a time.
 */
@FunctionalInterface
public interface LoadListener {
    /** Something worth knowing that needs no action, such as which time zone dates are read in. */
    void info(String message);

    /**
     * Something the user should fix although loading goes on, such as a file left out in lenient mode. Sent to
     * {@link #info(String)} unless overridden.
     */
    default void warn(String message) {
        info(message);
    }
}
