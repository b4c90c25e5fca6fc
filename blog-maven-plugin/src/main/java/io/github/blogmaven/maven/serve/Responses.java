package io.github.blogmaven.maven.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes responses with the headers every answer of the preview carries. */
final class Responses {
    private static final int BUFFER_SIZE = 64 * 1024;

    private Responses() {
    }

    /** Sends {@code body} (only its length for a HEAD request). */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        start(exchange, status, contentType, body.length);
        if (body.length > 0 && !isHead(exchange)) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Sends a file byte for byte, streaming it rather than holding it in memory. */
    static void sendFile(HttpExchange exchange, int status, Path file, String contentType) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            // The length comes from the open file, and no more than that is sent, so a rebuild rewriting the
            // file meanwhile cannot make the response disagree with its own Content-Length.
            long length = channel.size();
            start(exchange, status, contentType, length);
            if (length > 0 && !isHead(exchange)) {
                copy(Channels.newInputStream(channel), exchange.getResponseBody(), length);
            }
        }
    }

    /** A short plain-text answer, for errors. */
    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, ContentTypes.PLAIN_TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the browser to {@code location}, a path of this server. */
    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        sendText(exchange, status, "See " + location);
    }

    /**
     * Sends the status line and headers of a response that stays open: its body is written later, as it
     * happens, and ends when the exchange is closed.
     */
    static void startStream(HttpExchange exchange, String contentType) throws IOException {
        commonHeaders(exchange.getResponseHeaders(), contentType);
        // Length 0 asks the server for chunked encoding: the end of the body is not known.
        exchange.sendResponseHeaders(HttpURLConnection.HTTP_OK, 0);
    }

    private static void start(HttpExchange exchange, int status, String contentType, long length)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        commonHeaders(headers, contentType);
        if (isHead(exchange) || length == 0) {
            // The server only writes Content-Length itself for a body it is about to send; -1 means none.
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, length);
        }
    }

    private static void commonHeaders(Headers headers, String contentType) {
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        // Pages must never come from the cache, or an edit would not show; other files may, once revalidated.
        headers.set("Cache-Control", contentType.equals(ContentTypes.HTML) ? "no-store" : "no-cache");
    }

    private static boolean isHead(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("HEAD");
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }
}
