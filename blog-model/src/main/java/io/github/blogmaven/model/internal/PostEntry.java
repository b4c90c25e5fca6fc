package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.FrontMatter;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post as read from its file, before the site-wide steps give it an abbrlink, terms and an output path.
 *
 * @param file where it came from
 * @param title the title, {@code ""} when none
 * @param date its date in the site's zone
 * @param updated its update date in the site's zone
 * @param tags tag names in order, without duplicates
 * @param categories category chains (names), top level first
 * @param abbrlink the front-matter {@code abbrlink} as written, or null to compute one
 * @param layout the layout ({@code "false"} for {@code layout: false})
 * @param draft whether it is a draft
 * @param lang the front-matter {@code lang}, or null
 * @param comments whether comments are on
 * @param excerpt the front-matter {@code excerpt}, or null
 * @param slug Hexo's {@code :title}
 * @param permalink the front-matter {@code permalink} override, or null
 * @param tokenTexts front-matter values for the permalink's own tokens, as text
 * @param body the Markdown after the front matter
 * @param frontMatter every front-matter key
 * @param document the parsed front matter, for the position of a key in messages
 */
record PostEntry(
        ScannedFile file,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<String> tags,
        List<List<String>> categories,
        String abbrlink,
        String layout,
        boolean draft,
        String lang,
        boolean comments,
        String excerpt,
        String slug,
        String permalink,
        Map<String, String> tokenTexts,
        Body body,
        FrontMatter frontMatter,
        YamlDocument document) {

    String path() {
        return file.relativePath();
    }

    /** A problem at the value of front-matter {@code key}, or on the file when the key is absent. */
    void report(Problems problems, String key, String message, String hint) {
        YamlDocument.Entry entry = document.entry(key);
        if (entry == null) {
            problems.add(path(), 0, 0, key, message, hint);
        } else {
            problems.add(document.origin().problem(entry.node(), key, message, hint));
        }
    }
}
