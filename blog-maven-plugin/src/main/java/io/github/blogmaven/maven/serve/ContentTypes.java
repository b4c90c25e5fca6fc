package io.github.blogmaven.maven.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a site file, from its extension. The table is fixed rather than asked of the
 * operating system ({@code Files.probeContentType}) so that the preview behaves the same on every machine.
 */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    static final String PLAIN_TEXT = "text/plain; charset=utf-8";
    static final String EVENT_STREAM = "text/event-stream; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", JAVASCRIPT),
            Map.entry("mjs", JAVASCRIPT),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("rss", "application/rss+xml; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("txt", PLAIN_TEXT),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /**
     * The type to send for {@code fileName} (a name or a {@code /}-separated path);
     * {@code application/octet-stream} when the extension is unknown.
     */
    static String of(String fileName) {
        return BY_EXTENSION.getOrDefault(extension(fileName), UNKNOWN);
    }

    /** Whether the file is a page, which gets the live-reload script. */
    static boolean isHtml(String fileName) {
        return of(fileName).equals(HTML);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= fileName.lastIndexOf('/') ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
