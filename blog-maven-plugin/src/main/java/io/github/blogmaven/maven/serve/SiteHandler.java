package io.github.blogmaven.maven.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Answers every request of the preview: the generated site under its root, plus the live-reload script and
 * event stream under {@code <root>__blog-maven/}, a name no site file can take because it is never looked up
 * on disk.
 */
final class SiteHandler implements HttpHandler {
    static final String RESERVED = "__blog-maven/";
    private static final String SCRIPT = "live.js";
    private static final String EVENTS = "events";
    private static final String INDEX = "index.html";
    private static final String NOT_FOUND_PAGE = "404.html";
    private static final List<String> SAFE_FETCH_SITES = List.of("same-origin", "none");

    private final SiteDirectory site;
    private final String root;
    private final String rawRoot;
    private final ServerNames names;
    private final LiveReload liveReload;
    private final byte[] clientScript;
    private final BuildListener log;

    /**
     * @param root the decoded site root, starting and ending with {@code /}
     * @param rawRoot the same, percent-encoded as it appears in URLs
     */
    SiteHandler(SiteDirectory site, String root, String rawRoot, ServerNames names, LiveReload liveReload,
            byte[] clientScript, BuildListener log) {
        this.site = site;
        this.root = root;
        this.rawRoot = rawRoot;
        this.names = names;
        this.liveReload = liveReload;
        this.clientScript = clientScript;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            streaming = answer(exchange);
        } catch (IOException e) {
            log.debug("Preview: " + exchange.getRequestURI() + " was not answered: " + e);
        } catch (RuntimeException e) {
            log.warn("Preview: " + exchange.getRequestURI() + " failed: " + e);
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when the exchange has become an event stream that must stay open. */
    private boolean answer(HttpExchange exchange) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1 || !names.acceptsHost(hosts.get(0))) {
            Responses.sendText(exchange, HttpURLConnection.HTTP_FORBIDDEN,
                    "This preview answers only to http://" + names.authority() + "/");
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.sendText(exchange, HttpURLConnection.HTTP_BAD_METHOD, "Only GET and HEAD");
            return false;
        }
        URI uri = exchange.getRequestURI();
        // A request target with a scheme or authority ("http://x/a", or "//x/a" read as one) is for a proxy.
        Optional<String> decoded = uri.getScheme() == null && uri.getRawAuthority() == null
                ? RequestPath.decode(uri.getRawPath()) : Optional.empty();
        if (decoded.isEmpty()) {
            Responses.sendText(exchange, HttpURLConnection.HTTP_BAD_REQUEST, "Bad path");
            return false;
        }
        String path = decoded.get();
        if (!path.startsWith(root)) {
            if (path.equals("/") || root.equals(path + "/")) {
                // Not permanent: the root is a setting of _config.yml, and may change while the browser remembers.
                Responses.redirect(exchange, HttpURLConnection.HTTP_MOVED_TEMP, rawRoot);
            } else {
                notFound(exchange);
            }
            return false;
        }
        String relative = path.substring(root.length());
        if (relative.startsWith(RESERVED)) {
            return reserved(exchange, relative.substring(RESERVED.length()));
        }
        serveFile(exchange, relative, uri);
        return false;
    }

    private boolean reserved(HttpExchange exchange, String name) throws IOException {
        if (name.equals(SCRIPT)) {
            Responses.send(exchange, HttpURLConnection.HTTP_OK, ContentTypes.JAVASCRIPT, clientScript);
            return false;
        }
        if (!name.equals(EVENTS)) {
            Responses.sendText(exchange, HttpURLConnection.HTTP_NOT_FOUND, "Not found");
            return false;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.sendText(exchange, HttpURLConnection.HTTP_BAD_METHOD, "Only GET");
            return false;
        }
        if (!fromOwnPage(exchange.getRequestHeaders())) {
            Responses.sendText(exchange, HttpURLConnection.HTTP_FORBIDDEN, "Only for pages of this preview");
            return false;
        }
        return liveReload.open(exchange);
    }

    /**
     * Whether the browser says the request comes from a page of this server (or from no page at all). The
     * stream tells when the site changes and what is wrong with it; other sites have no business listening.
     */
    private boolean fromOwnPage(Headers headers) {
        String origin = headers.getFirst("Origin");
        String fetchSite = headers.getFirst("Sec-Fetch-Site");
        return (origin == null || names.acceptsOrigin(origin))
                && (fetchSite == null || SAFE_FETCH_SITES.contains(fetchSite));
    }

    private void serveFile(HttpExchange exchange, String relative, URI uri) throws IOException {
        Optional<Path> found = site.find(relative);
        if (found.isPresent() && Files.isDirectory(found.get())) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                Responses.redirect(exchange, HttpURLConnection.HTTP_MOVED_PERM, uri.getRawPath() + "/" + query);
                return;
            }
            relative += INDEX;
            found = site.find(relative);
        }
        // "a.html/" names a directory, and the file system would quietly drop that slash.
        if (found.isEmpty() || !Files.isRegularFile(found.get()) || relative.endsWith("/")) {
            notFound(exchange);
            return;
        }
        try {
            send(exchange, HttpURLConnection.HTTP_OK, found.get(), false);
        } catch (NoSuchFileException e) {
            // Removed by a rebuild since it was found.
            notFound(exchange);
        }
    }

    /** The site's own 404 page when it has one, with status 404 either way. */
    private void notFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = site.find(NOT_FOUND_PAGE).filter(Files::isRegularFile);
        if (page.isPresent()) {
            try {
                send(exchange, HttpURLConnection.HTTP_NOT_FOUND, page.get(), true);
                return;
            } catch (NoSuchFileException e) {
                // Removed by a rebuild since it was found: answer as if there were none.
            }
        }
        Responses.sendText(exchange, HttpURLConnection.HTTP_NOT_FOUND, "Not found");
    }

    private void send(HttpExchange exchange, int status, Path file, boolean notFoundPage) throws IOException {
        String name = file.getFileName().toString();
        if (ContentTypes.isHtml(name)) {
            byte[] page = ScriptInjection.inject(Files.readAllBytes(file), scriptTag(notFoundPage));
            Responses.send(exchange, status, ContentTypes.HTML, page);
        } else {
            Responses.sendFile(exchange, status, file, ContentTypes.of(name));
        }
    }

    /**
     * The tag that loads {@code live.js}. The 404 page says it is one, because it stands in for every missing
     * path: its URL never names it, yet it should reload on any change.
     */
    private String scriptTag(boolean notFoundPage) {
        String src = (rawRoot + RESERVED + SCRIPT).replace("&", "&amp;");
        return "<script src=\"" + src + "\"" + (notFoundPage ? " data-not-found" : "") + "></script>";
    }
}
