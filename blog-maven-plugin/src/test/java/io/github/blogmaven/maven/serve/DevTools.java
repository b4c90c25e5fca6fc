package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium with one open tab, driven over the Chrome DevTools Protocol, for tests that watch a
 * page change while it stays open ({@code --dump-dom} only ever sees a page once).
 *
 * <pre>{@code
 * try (DevTools browser = DevTools.launch()) {
 *     browser.navigate(server.uri());
 *     browser.waitFor("document.title", "Home");
 *     String color = browser.evaluate("getComputedStyle(document.body).color");
 * }
 * }</pre>
 *
 * <p>Where no Chromium is installed the calling test is skipped, except under CI ({@code CI=true}), where
 * {@code .ci/run} installs it and a missing browser is a failure. The browser gets a fresh profile in a temporary
 * folder, listens for DevTools on a free port of 127.0.0.1 only, and is killed, profile and all, by
 * {@link #close()}.
 */
public final class DevTools implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration COMMAND = Duration.ofSeconds(15);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path profile;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger ids = new AtomicInteger();
    /** How many times a page has finished loading in the tab. */
    private final AtomicInteger loads = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private WebSocket socket;

    private DevTools(Process process, Path profile, Path log) {
        this.process = process;
        this.profile = profile;
        this.log = log;
    }

    /** Starts the browser on {@code about:blank}; skips the calling test when there is none outside CI. */
    public static DevTools launch() throws IOException, InterruptedException {
        Path executable = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (executable == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is not installed; .ci/run installs Debian's chromium package");
        }
        assumeTrue(executable != null, "Chromium is not installed (apt-get install chromium)");
        Path profile = Files.createTempDirectory("blog-maven-devtools");
        Path log = Files.createTempFile("blog-maven-devtools", ".log");
        Process process = new ProcessBuilder(
                executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-proxy-server", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile())
                .start();
        DevTools browser = new DevTools(process, profile, log);
        try {
            browser.connect();
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Opens {@code url} in the tab and waits until it has loaded (its {@code load} event has fired). */
    public void navigate(URI url) {
        int before = loads.get();
        Map<String, Object> result = send("Page.navigate", "{\"url\":" + Json.quote(url.toString()) + "}");
        if (result.get("errorText") != null) {
            throw new IllegalStateException("could not open " + url + ": " + result.get("errorText"));
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (loads.get() == before) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(url + " did not load within " + WAIT.toSeconds() + " s");
            }
            sleep(POLL);
        }
    }

    /**
     * The value of the JavaScript {@code expression} in the tab: a string as it is, anything else as JSON
     * ({@code 42}, {@code true}, {@code null}), {@code undefined} as {@code "undefined"}. A promise is awaited.
     * Fails when the expression throws.
     */
    public String evaluate(String expression) {
        // The line break keeps a trailing // comment of the expression from swallowing the rest.
        String wrapped = "(async () => { const value = await (" + expression + "\n);"
                + " return typeof value === 'string' ? value : String(JSON.stringify(value)); })()";
        Map<String, Object> result = send("Runtime.evaluate",
                "{\"expression\":" + Json.quote(wrapped) + ",\"awaitPromise\":true,\"returnByValue\":true}");
        if (result.get("exceptionDetails") != null) {
            throw new IllegalStateException(expression + " threw: " + result.get("exceptionDetails"));
        }
        return String.valueOf(object(result.get("result")).get("value"));
    }

    /**
     * Evaluates {@code expression} until its value meets {@code condition}, for up to 20 seconds, and returns that
     * value. While the page reloads the expression may fail; that counts as not yet.
     */
    public String waitFor(String expression, Predicate<String> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        String last = null;
        while (true) {
            try {
                last = evaluate(expression);
                if (condition.test(last)) {
                    return last;
                }
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "after " + WAIT.toSeconds() + " s, " + expression + " is still '" + last + "'");
            }
            sleep(POLL);
        }
    }

    /** Evaluates {@code expression} until it gives {@code expected}, for up to 20 seconds. */
    public void waitFor(String expression, String expected) {
        waitFor(expression, expected::equals);
    }

    /** Kills the browser and deletes its profile. */
    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // Renderer and GPU helpers usually end with the browser; these are ours, so make sure.
        helpers.forEach(ProcessHandle::destroyForcibly);
        deleteTree(profile);
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void connect() throws IOException, InterruptedException {
        int port = devToolsPort();
        URI list = URI.create("http://127.0.0.1:" + port + "/json/list");
        Instant deadline = Instant.now().plus(STARTUP);
        String target = null;
        while (target == null) {
            String body = http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (Object entry : (List<?>) Json.parse(body)) {
                if ("page".equals(object(entry).get("type"))) {
                    target = (String) object(entry).get("webSocketDebuggerUrl");
                    break;
                }
            }
            if (target == null) {
                failIfPast(deadline, "Chromium shows no page at " + list);
                sleep(POLL);
            }
        }
        socket = await(http.newWebSocketBuilder().buildAsync(URI.create(target), new Listener()));
        // Page events tell when a page has loaded.
        send("Page.enable", "{}");
    }

    /** The port Chromium chose, which it writes to the first line of {@code DevToolsActivePort} once listening. */
    private int devToolsPort() throws IOException {
        Path file = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() >= 2) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            failIfPast(deadline, "Chromium did not open its DevTools port");
            sleep(POLL);
        }
    }

    private Map<String, Object> send(String method, String paramsJson) {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        pending.put(id, reply);
        String message = "{\"id\":" + id + ",\"method\":" + Json.quote(method) + ",\"params\":" + paramsJson + "}";
        // A WebSocket takes one message at a time.
        synchronized (this) {
            await(socket.sendText(message, true));
        }
        Map<String, Object> response = await(reply);
        if (response.get("error") != null) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return object(response.get("result"));
    }

    private <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(COMMAND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Chromium did not answer: " + e + diagnostics(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void failIfPast(Instant deadline, String what) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Chromium exited with " + process.exitValue() + diagnostics());
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(what + " within " + STARTUP.toSeconds() + " s" + diagnostics());
        }
    }

    private String diagnostics() {
        try {
            return "; its log:\n" + Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json) {
        return (Map<String, Object>) Objects.requireNonNull(json, "a JSON object was expected");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteTree(Path root) {
        // Chromium may still be writing to its profile for a moment after it has been told to stop.
        for (int attempt = 0; attempt < 10 && Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                sleep(POLL);
            }
        }
    }

    /** Routes each reply to the command waiting for it, and counts loads; other events are dropped. */
    private final class Listener implements WebSocket.Listener {
        private final List<CharSequence> parts = new ArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.add(data);
            if (last) {
                Map<String, Object> message = object(Json.parse(String.join("", parts)));
                parts.clear();
                Object id = message.get("id");
                if ("Page.loadEventFired".equals(message.get("method"))) {
                    loads.incrementAndGet();
                } else if (id != null) {
                    CompletableFuture<Map<String, Object>> reply = pending.remove(((Double) id).intValue());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
