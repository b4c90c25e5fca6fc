package io.github.blogmaven.maven.serve;

import com.sun.net.httpserver.HttpExchange;
import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The open event streams of the tabs showing the preview, and what is sent down them.
 *
 * <p>Every write to a stream happens on one thread of its own. A stream therefore never holds one of the
 * server's request threads, which stay free for pages however many tabs are open, and the streams and the
 * current state need no locking.
 */
final class LiveReload implements AutoCloseable {
    private static final int MAX_STREAMS = 64;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final long CLOSE_WAIT_SECONDS = 2;

    private final BuildListener log;
    private final ScheduledExecutorService sender;
    private final Semaphore slots = new Semaphore(MAX_STREAMS);
    /** Touched on the sender thread only. */
    private final List<HttpExchange> streams = new ArrayList<>();
    /** The event that tells a newly connected tab how the site stands; sender thread only. */
    private String state = Events.OK;

    LiveReload(BuildListener log, ThreadFactory threads) {
        this.log = log;
        this.sender = Executors.newSingleThreadScheduledExecutor(threads);
        sender.scheduleAtFixedRate(() -> sendToAll(Events.KEEP_ALIVE),
                KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Answers a request for the event stream: sends the headers, then leaves the exchange open and in this
     * object's hands, so the caller must not close it when this returns true. Returns false when the request
     * was answered otherwise (503 once {@value #MAX_STREAMS} streams are open).
     */
    boolean open(HttpExchange exchange) throws IOException {
        if (!slots.tryAcquire()) {
            Responses.sendText(exchange, 503, "Too many live-reload connections");
            return false;
        }
        try {
            Responses.startStream(exchange, ContentTypes.EVENT_STREAM);
            sender.execute(() -> register(exchange));
            return true;
        } catch (IOException | RejectedExecutionException e) {
            slots.release();
            throw e instanceof IOException io ? io : new IOException("the server is closing", e);
        }
    }

    /** Sends {@code event} to every open tab. */
    void broadcast(String event) {
        onSender(() -> sendToAll(event));
    }

    /** Makes {@code event} the state every tab, open now or later, is told about. */
    void setState(String event) {
        onSender(() -> {
            state = event;
            sendToAll(event);
        });
    }

    /** Ends every stream, which the browsers take as a cue to reconnect, and stops the sender thread. */
    @Override
    public void close() {
        onSender(() -> {
            streams.forEach(this::end);
            streams.clear();
        });
        sender.shutdown();
        try {
            if (!sender.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                // A browser that stopped reading leaves a write blocked; closing the server frees it.
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void register(HttpExchange exchange) {
        if (write(exchange, Events.RETRY + state)) {
            streams.add(exchange);
            log.debug("Live reload: a tab connected (" + streams.size() + " open)");
        }
    }

    private void sendToAll(String event) {
        for (Iterator<HttpExchange> it = streams.iterator(); it.hasNext(); ) {
            if (!write(it.next(), event)) {
                it.remove();
            }
        }
    }

    /** Writes one event; on failure the tab has gone, and its stream is ended. */
    private boolean write(HttpExchange exchange, String event) {
        try {
            exchange.getResponseBody().write(event.getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            return true;
        } catch (IOException e) {
            log.debug("Live reload: a tab went away (" + e.getMessage() + ")");
            end(exchange);
            return false;
        }
    }

    private void end(HttpExchange exchange) {
        exchange.close();
        slots.release();
    }

    private void onSender(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: there is no tab left to tell.
        }
    }
}
