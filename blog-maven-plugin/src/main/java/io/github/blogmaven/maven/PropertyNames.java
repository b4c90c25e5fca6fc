package io.github.blogmaven.maven;

/**
 * The user properties that set the plugin's parameters, in one place. {@code blog:generate}'s are
 * {@code -Dblog.*}; {@code blog:new} and {@code blog:publish} take the short names Hexo users type with
 * {@code hexo new} ({@code -Dtitle=}, {@code -Dlayout=}, {@code -Dslug=}).
 */
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

    /** {@code blog:serve}: the port the preview listens on. */
    public static final String PORT = "blog.port";

    /** {@code blog:serve}: the address the preview listens on. */
    public static final String HOST = "blog.host";

    /** {@code blog:serve}: the folder the preview is built into. */
    public static final String SERVE_DIRECTORY = "blog.serveDirectory";

    /** {@code blog:new}: the title of the new post, draft or page. */
    public static final String TITLE = "title";

    /** {@code blog:new}: {@code post} (the default), {@code draft}, {@code page} or a layout with a scaffold. */
    public static final String LAYOUT = "layout";

    /** {@code blog:new}: the file name instead of the title's slug; {@code blog:publish}: the draft to publish. */
    public static final String SLUG = "slug";

    private PropertyNames() {
    }
}
