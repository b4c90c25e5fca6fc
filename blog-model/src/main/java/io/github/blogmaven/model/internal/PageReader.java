package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.Page;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Reads a page as Hexo's page processor does: its output path is its source path with {@code .html} for the
 * Markdown extension, unless the front matter sets {@code permalink} ({@code /about/} becomes
 * {@code about/index.html}, a path without an extension gets {@code .html}). Pages have no tags or categories.
 */
final class PageReader {
    private final LoadSettings settings;

    PageReader(LoadSettings settings) {
        this.settings = settings;
    }

    Page read(ScannedFile file, ParsedSource parsed, Instant modified, SourceDates dates, Problems problems) {
        FieldReader in = new FieldReader(parsed.frontMatter(), problems);
        ZonedDateTime date = dates.read(in, "date");
        if (date == null) {
            date = dates.fileTime(modified);
        }
        ZonedDateTime updated = dates.read(in, "updated");
        if (updated == null) {
            updated = settings.updatedOption() == LoadSettings.UpdatedOption.MTIME ? dates.fileTime(modified) : date;
        }
        String title = in.text("title");
        return new Page(
                file.source(),
                title == null ? "" : title,
                date,
                updated,
                layout(in),
                checkedPath(file, in),
                Body.of(parsed.body(), parsed.contentLine()),
                PostReader.frontMatter(parsed.frontMatter(), date, updated));
    }

    private static String layout(FieldReader in) {
        YamlDocument.Entry entry = in.document().entry("layout");
        if (entry != null && Boolean.FALSE.equals(entry.value())) {
            return null;
        }
        String layout = in.text("layout");
        return layout == null || layout.isBlank() ? "page" : layout;
    }

    // A permalink that would lead outside the output folder is reported at its key; the page keeps the path of
    // its source file, which never leaves it, so the problem is the only consequence.
    private static String checkedPath(ScannedFile file, FieldReader in) {
        String permalink = in.text("permalink");
        String path = path(file.inSource(), permalink);
        String unsafe = PathSafety.unsafe(path);
        if (unsafe != null && permalink != null && !permalink.isBlank()) {
            in.report(in.node("permalink"), "permalink", "'" + permalink + "' would not stay inside the output "
                    + "folder: the path '" + path + "' " + unsafe, Hints.UNSAFE_PATH);
            return path(file.inSource(), null);
        }
        return path;
    }

    static String path(String inSource, String permalink) {
        if (permalink == null || permalink.isBlank()) {
            return replaceExtension(inSource);
        }
        String path = OutputPaths.stripLeadingSlashes(permalink.strip());
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index";
        }
        if (SourceScanner.extension(path).isEmpty()) {
            path += ".html";
        }
        return path;
    }

    private static String replaceExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return (dot > slash + 1 ? path.substring(0, dot) : path) + ".html";
    }
}
