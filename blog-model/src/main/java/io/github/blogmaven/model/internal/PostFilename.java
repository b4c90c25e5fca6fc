package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Slug;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a post's file name back through {@code new_post_name}, as Hexo's {@code parseFilename} does: with the
 * default {@code :title.md}, {@code :title} is the path below {@code _posts/} without its extension, exactly as
 * written (no slugizing, subfolders included); with {@code :year-:month-:day-:title.md} the date parts come off
 * the front. A name that does not fit the pattern is slugized whole.
 */
final class PostFilename {
    // hexo-util's Permalink: a token name is word characters not ending in '_', so ":year_:month" is two tokens.
    static final Pattern TOKEN = Pattern.compile(":(\\w*[^_\\W])");

    /**
     * What the file name says.
     *
     * @param title Hexo's {@code :title} (the post's slug)
     * @param day the date spelled in the name, if {@code new_post_name} has one
     */
    record Info(String title, Optional<LocalDate> day) {
    }

    private final Pattern pattern;
    private final List<String> tokens;

    PostFilename(String newPostName) {
        String rule = stripExtension(newPostName);
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = TOKEN.matcher(rule);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(rule.substring(last, m.start())));
            regex.append(segment(m.group(1)));
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(rule.substring(last))).append('$');
        this.pattern = Pattern.compile(regex.toString());
        this.tokens = List.copyOf(names);
    }

    /** @param inPostDir the path below {@code _posts/} or {@code _drafts/} */
    Info read(String inPostDir) {
        String path = stripExtension(inPostDir);
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return new Info(Slug.slugize(path), Optional.empty());
        }
        String title = null;
        String year = null;
        String month = null;
        String day = null;
        for (int i = 0; i < tokens.size(); i++) {
            String value = m.group(i + 1);
            switch (tokens.get(i)) {
                case "title" -> title = value;
                case "year" -> year = value;
                case "month", "i_month" -> month = value;
                case "day", "i_day" -> day = value;
                default -> { }
            }
        }
        return new Info(title == null ? Slug.slugize(path) : title, date(year, month, day));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        if (year == null || month == null || day == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String segment(String token) {
        return switch (token) {
            case "year" -> "(\\d{4})";
            case "month", "day" -> "(\\d{2})";
            case "i_month", "i_day" -> "(\\d{1,2})";
            case "hash" -> "([0-9a-f]{12})";
            default -> "(.+?)";
        };
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }
}
