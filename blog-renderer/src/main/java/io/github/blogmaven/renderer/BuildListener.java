package io.github.blogmaven.renderer;

/**
 * Receives what the generator has to say. The library never logs on its own; a Maven Mojo binds this to its
 * {@code Log}, a plain Java caller to whatever it likes. Called from several threads.
 */
public interface BuildListener {
    /** A listener that discards everything. */
    BuildListener SILENT = new BuildListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };

    /** Progress and summary lines. */
    void info(String message);

    /** Something the user should fix, although the build goes on. */
    void warn(String message);

    /** Detail that helps when diagnosing a build; ignored by default. */
    default void debug(String message) {
    }
}
