package io.github.blogmaven.renderer.internal.theme;

/**
 * A template could not be parsed or failed while rendering one page.
 *
 * @see Theme#render
 */
public final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String description;
    private final String hint;
    private final String page;

    public TemplateFailure(String template, int line, int column, String description, String hint, String page,
            Throwable cause) {
        super(template + ":" + line + ":" + column + ": " + description + " (while rendering " + page + ")", cause);
        this.template = template;
        this.line = line;
        this.column = column;
        this.description = description;
        this.hint = hint;
        this.page = page;
    }

    /** The template file, relative to the project ({@code themes/x/layout/post.ftlh}) or in the built-in theme. */
    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What went wrong, on one line, without the page. */
    public String description() {
        return description;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }

    /** The output path of the page being rendered. */
    public String page() {
        return page;
    }
}
