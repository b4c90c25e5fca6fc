package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The live-reload stream as a tab sees it: the events, parsed as EventSource parses them, as they arrive. */
final class EventStream implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;
    /** Queued when the server ends the stream. */
    static final Event END = new Event("(end of stream)", "");

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    /** One event: its type ({@code message} when unnamed) and its data. */
    record Event(String name, String data) {
    }

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to {@code uri}, which must answer 200 with an event stream. */
    static EventStream open(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), "status of " + uri);
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
        return new EventStream(response);
    }

    /** The next event; fails when none comes within ten seconds. */
    Event next() throws InterruptedException {
        Event event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "no event within " + WAIT_SECONDS + " s");
        return event;
    }

    /** The next event, which must be of type {@code name}. */
    Event next(String name) throws InterruptedException {
        Event event = next();
        assertEquals(name, event.name(), "event " + event);
        return event;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring("data:".length()).stripLeading();
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Closed by the test, or cut by the server: either way the stream has ended.
        } finally {
            events.add(END);
        }
    }
}
