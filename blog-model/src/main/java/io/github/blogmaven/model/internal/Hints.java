package io.github.blogmaven.model.internal;

import java.util.Collection;

/** Every message and hint the loader shows users, in one place so they stay consistent and testable. */
final class Hints {
    static final String CONFIG_MISSING = "create _config.yml in the project directory; an empty file is enough, "
            + "every key has a default";
    static final String CONFIG_SHAPE = "write one 'key: value' per line, as in Hexo's default _config.yml";
    static final String YAML_SYNTAX = "check the indentation, and quote values that contain ': ' or ' #', or that "
            + "start with one of [ ] { } > | * & ! % @ `";
    static final String JSON_SYNTAX = "write JSON members without the surrounding braces, such as "
            + "\"title\": \"Hello\", \"date\": \"2013/7/13 20:46:25\"";
    static final String DATA_JSON = "check the JSON: names in double quotes, no comma after the last member, "
            + "brackets and braces closed";
    static final String DUPLICATE_KEY = "keep one of the two; YAML keys must be unique";
    static final String QUOTE_TEXT = "write a single value";
    static final String BOOLEAN = "write true or false (yes/no/on/off are text in Hexo's YAML, and text counts "
            + "as true)";
    static final String INTEGER = "write a whole number such as 10";
    static final String MAP = "write one 'name: value' per line, indented below the key";
    static final String TIMEZONE = "use an IANA time zone name such as Asia/Shanghai, Europe/Berlin or UTC";
    static final String URL = "write the full address of the site, such as https://example.com/blog";
    static final String PER_PAGE = "use 0 to turn pagination off";
    static final String FILENAME_CASE = "0 keeps the case of slugs, 1 lower-cases them, 2 upper-cases them";
    static final String ABBRLINK = "write abbrlink: {alg: crc32, rep: hex} (alg is crc16 or crc32, rep is dec or "
            + "hex)";
    static final String UPDATED_OPTION = "use date (a missing updated is the date) or mtime (the file's "
            + "modification time)";
    static final String DATE_FORMATS = "write the date as one of: " + DateReader.ACCEPTED_FORMATS;
    static final String UNSAFE_PATH = "write a path inside the site, such as posts/my-post/: '..', '.', empty "
            + "segments, '\\', NUL characters and drive letters are refused, also when percent-encoded (%2e%2e, %5C, "
            + "%00)";
    static final String UNSAFE_FILE_NAME = "rename the file: its name becomes part of the URL, so it may not "
            + "contain '..', '\\' or their percent-encoded forms";
    static final String UNSAFE_DIR = "write a folder name inside the site, such as tags or page; '..', '\\', NUL "
            + "characters and drive letters are refused, also when percent-encoded";
    static final String ROOT = "write the path the site is served under, such as / or /blog/";
    static final String THEME = "write the name of a folder in themes/, such as landscape; leave theme out for the "
            + "built-in theme";
    static final String SYMLINK = "copy the file into the project, or make the link point inside the project "
            + "directory; links that lead out of it are never followed";
    static final String CHANGED_WHILE_BUILDING = "build again once it is saved: a large site's posts are read "
            + "twice, when the site is loaded and when each is rendered";
    static final String TOO_LARGE = "split the file, or move large data out of the source tree; the limit keeps a "
            + "stray file from exhausting memory";
    static final String RESAVE_UTF8 = "re-save the file as UTF-8 (with or without a byte-order mark); most editors "
            + "offer this under 'Save with encoding'";
    static final String OUTPUT_COLLISION = "give one of them a different permalink (or rename it) so each output "
            + "path has a single source";
    static final String DATA_COLLISION = "keep one of the two files; both would be site.data under the same name";
    static final String TAG = "remove the !tag: front matter and configuration hold plain text, numbers, "
            + "booleans, dates, lists and maps only";
    static final String LIMITS = "YAML is limited to " + YamlParser.MAX_ALIASES + " aliases, nesting "
            + YamlParser.MAX_NESTING + " deep, " + YamlParser.MAX_CODE_POINTS / (1024 * 1024) + " Mi characters and "
            + YamlParser.MAX_RUN / 1024 + " Ki characters without a space or line break; simplify the value";
    static final String NO_TIMEZONE = "No timezone is set in _config.yml, so dates without an offset are read "
            + "as UTC. Set 'timezone:' to an IANA name such as Asia/Shanghai to read them in your zone.";

    private Hints() {
    }

    static String yamlMessage(String snakeYamlMessage) {
        String text = snakeYamlMessage == null ? "unreadable" : snakeYamlMessage.strip();
        return "invalid YAML: " + text;
    }

    /** A more specific hint than {@code fallback} for SnakeYAML errors that have nothing to do with syntax. */
    static String yamlHint(String snakeYamlMessage, String fallback) {
        String text = snakeYamlMessage == null ? "" : snakeYamlMessage;
        if (text.contains("Global tag is not allowed") || text.contains("could not determine a constructor")) {
            return TAG;
        }
        if (text.contains("aliases") || text.contains("Nesting Depth") || text.contains("code points")
                || text.contains("without a space or line break")) {
            return LIMITS;
        }
        return fallback;
    }

    static String emptySlug(String kind, String name) {
        return "rename it, or give it a slug with " + kind + "_map in _config.yml, such as " + kind + "_map: {'"
                + name.replace("'", "''") + "': my-" + kind + "}";
    }

    /** The summary of lenient mode, after each problem was logged as a warning. */
    static String lenientSkipped(Collection<String> files) {
        return "Lenient mode: left out " + files.size() + (files.size() == 1 ? " file" : " files")
                + " with problems (" + String.join(", ", files) + "); the rest of the site is built.";
    }

    static String unclosedFence(String path) {
        return path + ": the front matter opened on line 1 is never closed, so the whole file is used as the "
                + "body (as Hexo does). Add a closing '---' line if the first lines are front matter.";
    }

    static String permalinkToken(String token) {
        return "add '" + token + ":' to the front matter, or set permalink_defaults: {" + token
                + ": ...} in _config.yml";
    }

    static String postFolderFilesIgnored(int count, String example) {
        return count + (count == 1 ? " file" : " files") + " under _posts or _drafts (such as " + example
                + ") are not published: only post_asset_folder: true publishes files, and only those in a post's "
                + "own folder (_posts/<post-file-name>/).";
    }

    static String slugClash(String kind, String slug, String first, String second) {
        return "The " + kind + " '" + first + "' and '" + second + "' have the same slug '" + slug
                + "', so their pages share one URL. Rename one, or map it with " + kind + "_map in _config.yml.";
    }
}
