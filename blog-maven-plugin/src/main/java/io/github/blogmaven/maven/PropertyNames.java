package io.github.blogmaven.maven;

/** The user properties ({@code -Dblog.*}) that set the plugin's parameters, in one place. */
public final class PropertyNames {
    /** The blog's directory, holding {@code _config.yml} and {@code source/}. */
    public static final String BASE_DIRECTORY = "blog.baseDirectory";

    /** Where the site is written. */
    public static final String OUTPUT_DIRECTORY = "blog.outputDirectory";

    /** Whether drafts are built too. */
    public static final String DRAFTS = "blog.drafts";

    /** Whether posts dated in the future are built too. */
    public static final String FUTURE = "blog.future";

    /** Whether files with content problems are skipped with a warning instead of failing the build. */
    public static final String LENIENT = "blog.lenient";

    /** Whether a link to a path of the site that was not written fails the build. */
    public static final String FAIL_ON_BROKEN_LINKS = "blog.failOnBrokenLinks";

    /** Whether the goal does nothing. */
    public static final String SKIP = "blog.skip";

    private PropertyNames() {
    }
}
