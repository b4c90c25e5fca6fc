package io.github.blogmaven.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The site configuration read from {@code _config.yml}, with Hexo's defaults for every key that is absent.
 *
 * @param title site title ({@code Hexo})
 * @param subtitle site subtitle
 * @param description site description
 * @param author site author ({@code John Doe})
 * @param language the first of {@code language} ({@code en})
 * @param timezone {@code timezone}, or UTC when unset
 * @param timezoneConfigured whether {@code timezone} was set (when not, callers say once that UTC is used)
 * @param url {@code url} without a trailing slash ({@code http://example.com})
 * @param root {@code root}, always starting and ending with {@code /}
 * @param permalink {@code permalink} ({@code :year/:month/:day/:title/})
 * @param permalinkDefaults {@code permalink_defaults}: fallback values for permalink tokens
 * @param trailingIndex {@code pretty_urls.trailing_index}: keep {@code index.html} at the end of links
 * @param trailingHtml {@code pretty_urls.trailing_html}: keep {@code .html} at the end of links
 * @param tagDir {@code tag_dir} ({@code tags})
 * @param archiveDir {@code archive_dir} ({@code archives})
 * @param categoryDir {@code category_dir} ({@code categories})
 * @param perPage {@code per_page} ({@code 10}; {@code 0} turns pagination off)
 * @param paginationDir {@code pagination_dir} ({@code page})
 * @param renderDrafts {@code render_drafts}
 * @param future {@code future}: publish posts dated in the future ({@code true})
 * @param postAssetFolder {@code post_asset_folder}
 * @param relativeLink {@code relative_link}
 * @param defaultCategory {@code default_category} ({@code uncategorized})
 * @param categoryMap {@code category_map}: name to slug
 * @param tagMap {@code tag_map}: name to slug
 * @param filenameCase {@code filename_case}: 0 keep, 1 lower, 2 upper
 * @param newPostName {@code new_post_name} ({@code :title.md})
 * @param abbrlink the {@code abbrlink} plugin settings
 * @param theme {@code theme}, or {@code null} for the built-in theme only
 * @param markdownBreaks {@code marked.breaks}: a single newline in a paragraph is a line break ({@code true})
 * @param skipRender {@code skip_render} globs, relative to {@code source/}
 * @param values every key of {@code _config.yml}, in order, including ones with no meaning here
 */
public record SiteConfig(
        String title,
        String subtitle,
        String description,
        String author,
        String language,
        ZoneId timezone,
        boolean timezoneConfigured,
        String url,
        String root,
        String permalink,
        Map<String, String> permalinkDefaults,
        boolean trailingIndex,
        boolean trailingHtml,
        String tagDir,
        String archiveDir,
        String categoryDir,
        int perPage,
        String paginationDir,
        boolean renderDrafts,
        boolean future,
        boolean postAssetFolder,
        boolean relativeLink,
        String defaultCategory,
        Map<String, String> categoryMap,
        Map<String, String> tagMap,
        int filenameCase,
        String newPostName,
        AbbrlinkOptions abbrlink,
        String theme,
        boolean markdownBreaks,
        List<String> skipRender,
        Map<String, Object> values) {

    /** How hexo-abbrlink computes a missing {@code abbrlink}. */
    public enum AbbrlinkAlgorithm { CRC16, CRC32 }

    /** How hexo-abbrlink writes the computed number. */
    public enum AbbrlinkRepresentation { DEC, HEX }

    /**
     * The {@code abbrlink:} section of {@code _config.yml}.
     *
     * @param algorithm {@code alg}; CRC32 when the section is absent (the sample's {@code 7631b95} is a CRC32)
     * @param representation {@code rep}; HEX when the section is absent
     */
    public record AbbrlinkOptions(AbbrlinkAlgorithm algorithm, AbbrlinkRepresentation representation) {
        public AbbrlinkOptions {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(representation, "representation");
        }

        /**
         * The {@code abbrlink} hexo-abbrlink would write for a post with this title (its classic CRC of the
         * UTF-8 title), before any collision with another post is resolved.
         */
        public String valueFor(String title) {
            return new io.github.blogmaven.model.internal.Abbrlink(this).of(title);
        }

        /**
         * The {@code abbrlink} for a new post with this title on a site whose posts have {@code taken}: the value
         * of {@link #valueFor(String)}, increased by one until it is free, as hexo-abbrlink does.
         */
        public String valueFor(String title, Set<String> taken) {
            return new io.github.blogmaven.model.internal.Abbrlink(this).of(title, taken);
        }
    }

    public SiteConfig {
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(root, "root");
        if (!root.startsWith("/") || !root.endsWith("/")) {
            throw new IllegalArgumentException("root must start and end with '/': " + root);
        }
        permalinkDefaults = Map.copyOf(permalinkDefaults);
        categoryMap = Map.copyOf(categoryMap);
        tagMap = Map.copyOf(tagMap);
        skipRender = List.copyOf(skipRender);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The root-relative URL of an output path, honouring {@code root} and {@code pretty_urls}: {@code
     * about/index.html} becomes {@code /about/} when {@code trailing_index} is false. Not percent-encoded.
     */
    public String urlFor(String path) {
        String p = path;
        if (!trailingIndex && (p.equals("index.html") || p.endsWith("/index.html"))) {
            p = p.substring(0, p.length() - "index.html".length());
        } else if (!trailingHtml && p.endsWith(".html") && !p.endsWith("index.html")) {
            p = p.substring(0, p.length() - ".html".length());
        }
        return root + p;
    }

    /** The absolute URL of an output path: {@code url} plus {@link #urlFor(String)} below the root. */
    public String absoluteUrlFor(String path) {
        String rootRelative = urlFor(path);
        return url + rootRelative.substring(root.length() - 1);
    }

    /**
     * {@code source_dir}, relative to the blog's directory, without leading or trailing slashes: {@code source}
     * unless the configuration names another. Loading refuses a value that would leave the blog's directory.
     */
    public String sourceDir() {
        String value = values.get("source_dir") instanceof String text ? text.strip().replaceAll("^/+|/+$", "") : "";
        return value.isEmpty() ? "source" : value;
    }
}
