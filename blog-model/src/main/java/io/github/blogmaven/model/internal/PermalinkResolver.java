package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.Slug;
import io.github.blogmaven.model.Term;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A post's output path from {@code permalink}, as Hexo's {@code post_permalink} filter computes it.
 *
 * <p>Tokens: {@code :year :month :day :i_month :i_day :hour :minute :second :timestamp} from the date;
 * {@code :title} (the path below {@code _posts/} without extension), {@code :name} (its last segment),
 * {@code :post_title} (the slugized, lower-cased title), {@code :category} (the last category's slug path, or
 * {@code default_category}), {@code :hash} (the first 12 hex digits of {@code sha1(slug + unix seconds)}) and
 * {@code :id}. Hexo's {@code :id} is a database id that changes on every {@code hexo clean}; here it is the
 * post's abbrlink, which is stable. Any other token is the front-matter key of that name ({@code :abbrlink}
 * is the computed value when the key is absent), falling back to {@code permalink_defaults}.
 *
 * <p>A path ending in {@code /} gets {@code index.html}; any other path is used as it is. A front-matter
 * {@code permalink} replaces the pattern.
 */
final class PermalinkResolver {
    private static final Set<String> BUILT_IN = Set.of("title", "name", "post_title", "year", "month", "day",
            "hour", "minute", "second", "i_month", "i_day", "timestamp", "hash", "category");

    private final SiteConfig config;

    PermalinkResolver(SiteConfig config) {
        this.config = config;
    }

    /** The tokens of {@code permalink} that are read from front matter. */
    static Set<String> frontMatterTokens(String permalink) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher m = PostFilename.TOKEN.matcher(permalink);
        while (m.find()) {
            if (!BUILT_IN.contains(m.group(1))) {
                tokens.add(m.group(1));
            }
        }
        return tokens;
    }

    /**
     * The output path of a post, or null after reporting why it has none: a token without a value, or a value
     * that would lead outside the output folder (reported at the front-matter key it came from).
     *
     * @param lastCategory the post's last category, or null
     */
    String resolve(PostEntry post, String abbrlink, Term lastCategory, Problems problems) {
        if (post.permalink() != null) {
            String path = finish(post.permalink());
            String unsafe = PathSafety.unsafe(path);
            if (unsafe != null) {
                post.report(problems, "permalink", "'" + post.permalink() + "' would not stay inside the output "
                        + "folder: the path '" + path + "' " + unsafe, Hints.UNSAFE_PATH);
                return null;
            }
            return path;
        }
        Matcher m = PostFilename.TOKEN.matcher(config.permalink());
        StringBuilder out = new StringBuilder();
        boolean complete = true;
        while (m.find()) {
            String token = m.group(1);
            String value = value(token, post, abbrlink, lastCategory);
            if (value == null) {
                problems.add(post.path(), 0, 0, "permalink", "the permalink token :" + token
                        + " has no value for this post", Hints.permalinkToken(token));
                complete = false;
                value = "";
            } else if (!reportEscape(token, value, post, problems)) {
                complete = false;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!complete) {
            return null;
        }
        String path = finish(out.toString());
        String unsafe = PathSafety.unsafe(path);
        if (unsafe != null) {
            problems.add(post.path(), 0, 0, "permalink", "the output path '" + path + "' made from permalink '"
                    + config.permalink() + "' " + unsafe, Hints.UNSAFE_PATH);
            return null;
        }
        return path;
    }

    // A token whose value alone leads outside the output folder is reported where the value was written: the
    // front-matter key, or the file name for :title and :name. True when the value is harmless.
    private boolean reportEscape(String token, String value, PostEntry post, Problems problems) {
        String escape = PathSafety.escape(value);
        if (escape == null) {
            return true;
        }
        String message = "'" + value + "', used for the permalink token :" + token + ", " + escape;
        if (token.equals("title") || token.equals("name")) {
            problems.add(post.path(), 0, 0, null, "the file name gives " + message, Hints.UNSAFE_FILE_NAME);
        } else if (post.document().has(token)) {
            post.report(problems, token, message, Hints.UNSAFE_PATH);
        } else if (token.equals("id") || token.equals("abbrlink")) {
            post.report(problems, "abbrlink", message, Hints.UNSAFE_PATH);
        } else {
            // permalink_defaults: _config.yml is reported on its own; the post only names where it ended up.
            problems.add(post.path(), 0, 0, "permalink", message, Hints.UNSAFE_PATH);
        }
        return false;
    }

    /**
     * {@code value} in decimal with zeros in front up to {@code width} digits, as {@code String.format("%04d")} prints
     * it, without a {@code Formatter} and a locale lookup per call: Hexo's default permalink takes three a post, on
     * the one thread that puts the site together (30,000 took 70 to 130 ms).
     */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return zeros > 0 ? sign + "0".repeat(zeros) + digits : sign + digits;
    }

    private String value(String token, PostEntry post, String abbrlink, Term lastCategory) {
        ZonedDateTime date = post.date();
        return switch (token) {
            case "year" -> zeroPadded(date.getYear(), 4);
            case "month" -> zeroPadded(date.getMonthValue(), 2);
            case "day" -> zeroPadded(date.getDayOfMonth(), 2);
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "hour" -> zeroPadded(date.getHour(), 2);
            case "minute" -> zeroPadded(date.getMinute(), 2);
            case "second" -> zeroPadded(date.getSecond(), 2);
            case "timestamp" -> Long.toString(date.toEpochSecond());
            case "title" -> post.slug();
            case "name" -> post.slug().substring(post.slug().lastIndexOf('/') + 1);
            case "post_title" -> Slug.slugize(post.title(), 1);
            case "id" -> post.tokenTexts().getOrDefault("id", abbrlink);
            case "abbrlink" -> abbrlink;
            case "hash" -> hash(post.slug() + date.toEpochSecond());
            case "category" -> lastCategory != null ? lastCategory.slug() : defaultCategory();
            default -> fromFrontMatter(token, post.tokenTexts());
        };
    }

    private String fromFrontMatter(String token, Map<String, String> texts) {
        String value = texts.get(token);
        return value != null ? value : config.permalinkDefaults().get(token);
    }

    private String defaultCategory() {
        String name = config.defaultCategory();
        return Slug.slugize(config.categoryMap().getOrDefault(name, name), config.filenameCase());
    }

    /** A permalink as an output path: no leading slash, {@code index.html} after a trailing one. */
    static String finish(String permalink) {
        String path = OutputPaths.stripLeadingSlashes(permalink.strip());
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return path;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
