package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the open tabs are told over the live-reload event stream. */
class LiveReloadTest {
    private static final int MAX_STREAMS = 64;

    @TempDir
    Path site;
    private DevServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<EventStream> streams = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body>Home</body></html>");
        server = DevServer.start(new DevServer.Options(site, "127.0.0.1", 0, "/blog/", BuildListener.SILENT));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        for (EventStream stream : streams) {
            stream.close();
        }
    }

    @Test
    @DisplayName("a changed page is announced with its path")
    void changedPageSendsReload() throws Exception {
        EventStream tab = connect();

        server.siteChanged(List.of("posts/a.html"));

        assertEquals(List.of("posts/a.html"), paths(tab.next("reload")));
    }

    @Test
    @DisplayName("a changed stylesheet is announced apart, so that it can be swapped without a reload")
    void changedStylesheetSendsCss() throws Exception {
        EventStream tab = connect();

        server.siteChanged(List.of("css/style.css"));
        assertEquals(List.of("css/style.css"), paths(tab.next("css")));

        server.siteChanged(List.of("index.html", "css/style.css", "css/print.CSS", "js/app.js"));
        assertEquals(List.of("css/style.css", "css/print.CSS"), paths(tab.next("css")));
        assertEquals(List.of("index.html", "js/app.js"), paths(tab.next("reload")));
    }

    @Test
    void everyOpenTabIsTold() throws Exception {
        EventStream first = connect();
        EventStream second = connect();

        server.siteChanged(List.of("about/index.html"));

        assertEquals(List.of("about/index.html"), paths(first.next("reload")));
        assertEquals(List.of("about/index.html"), paths(second.next("reload")));
    }

    @Test
    @DisplayName("problems reach the open tabs, and the tabs that connect until they are cleared")
    void problemsUntilCleared() throws Exception {
        EventStream before = connect();

        server.showProblems(List.of(
                new DevServer.Problem("source/_posts/a.md", 3, 7, "cannot read date 'yesterday'"),
                new DevServer.Problem("source/_posts/b.md", 2, 0, "line only"),
                new DevServer.Problem("_config.yml", 0, 0, "file only"),
                new DevServer.Problem(null, 0, 0, "no file: <b>\"quoted\"</b>\nsecond line")));

        List<String> expected = List.of("source/_posts/a.md:3:7: cannot read date 'yesterday'",
                "source/_posts/b.md:2: line only", "_config.yml: file only",
                "no file: <b>\"quoted\"</b>\nsecond line");
        assertEquals(expected, problems(before.next("problems")));
        EventStream after = open();
        assertEquals(expected, problems(after.next("problems")));

        server.clearProblems();

        before.next("ok");
        after.next("ok");
        connect();
    }

    @Test
    @DisplayName("close() ends every stream, which tells the browsers to reconnect")
    void closeEndsStreams() throws Exception {
        EventStream tab = connect();

        server.close();

        assertEquals(EventStream.END, tab.next());
        server.siteChanged(List.of("index.html"));
        server.showProblems(List.of(new DevServer.Problem(null, 0, 0, "ignored once closed")));
    }

    @Test
    @DisplayName("streams do not hold request threads, and beyond 64 of them the next is refused")
    void streamsAreCapped() throws Exception {
        for (int i = 0; i < MAX_STREAMS; i++) {
            connect();
        }

        HttpResponse<String> page = http.send(request("/blog/").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        HttpResponse<String> refused = http.send(request("/blog/__blog-maven/events").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, refused.statusCode());

        streams.remove(0).close();
        connectOnceAPlaceIsFree();
    }

    /** A new tab, once its first event says the site builds: from then on, whatever is sent reaches it. */
    private EventStream connect() throws IOException, InterruptedException {
        EventStream stream = open();
        stream.next("ok");
        return stream;
    }

    private EventStream open() throws IOException, InterruptedException {
        EventStream stream = EventStream.open(http, URI.create(server.uri() + "__blog-maven/events"));
        streams.add(stream);
        return stream;
    }

    private void connectOnceAPlaceIsFree() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            // The server notices a closed stream only when writing to it fails, so give it something to write.
            server.siteChanged(List.of("index.html"));
            HttpResponse<InputStream> response = http.send(request("/blog/__blog-maven/events").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no place became free for a new stream");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @SuppressWarnings("unchecked")
    private static List<String> paths(EventStream.Event event) {
        return (List<String>) ((Map<String, Object>) Json.parse(event.data())).get("paths");
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(EventStream.Event event) {
        return (List<String>) ((Map<String, Object>) Json.parse(event.data())).get("problems");
    }
}
