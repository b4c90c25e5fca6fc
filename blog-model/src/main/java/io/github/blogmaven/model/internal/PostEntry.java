package io.github.blogmaven.model.internal;

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
 * @param content the body
 * @param contentLine the line the body starts on
 * @param frontMatter every front-matter key
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
        String content,
        int contentLine,
        FrontMatter frontMatter) {

    String path() {
        return file.relativePath();
    }
}
