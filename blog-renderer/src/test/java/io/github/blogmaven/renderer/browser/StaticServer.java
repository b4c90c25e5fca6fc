package io.github.blogmaven.renderer.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site and the browser harness on an ephemeral 127.0.0.1 port, for the browser tests only.
 * Paths are decoded as a browser sends them; a directory serves its {@code index.html}.
 */
final class StaticServer implements AutoCloseable {
    private static final String HARNESS = "/__harness.html";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "jpg", "image/jpeg",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    static StaticServer start(Path site, URL harness) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] harnessPage;
        try (InputStream in = harness.openStream()) {
            harnessPage = in.readAllBytes();
        }
        Path root = site.toRealPath();
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals(HARNESS)) {
                    send(exchange, 200, TYPES.get("html"), harnessPage);
                    return;
                }
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    send(exchange, 404, TYPES.get("html"), "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                send(exchange, 200, type, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        return new StaticServer(server);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The harness URL that loads {@code page} (a root-relative, encoded URL) in a frame {@code width} wide. */
    String harnessUrl(String page, int width) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return base + HARNESS + "?width=" + width + "&page=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
