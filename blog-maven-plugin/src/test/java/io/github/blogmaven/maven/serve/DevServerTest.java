package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the preview serves, and what it refuses, over plain HTTP. */
class DevServerTest {
    private static final String SECRET = "TOP-SECRET-beside-the-site";
    private static final String HOME = "<!doctype html>\n<html><head><title>Home</title>"
            + "<link rel=\"stylesheet\" href=\"css/style.css\"></head>\n<body><h1>Home</h1></body></html>\n";
    private static final String SCRIPT_TAG = "<script src=\"/__blog-maven/live.js\"></script>";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff};

    @TempDir
    Path temp;
    private Path site;
    private DevServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void writeSiteAndStart() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        site = temp.resolve("site");
        write("index.html", HOME);
        write("posts/a.html", "<html><BODY><p>A</p></BODY></html>");
        write("about/index.html", "<p>About, without a body tag</p>");
        write("css/style.css", "h1 { color: #c00; }\n");
        write("404.html", "<html><body><h1>Lost</h1></body></html>");
        write("notes.unknown-extension", "x");
        write("__blog-maven/events", "a file that only the reserved path could shadow");
        write(".git/config", "[remote \"origin\"] url = https://token@example.com/blog.git");
        Files.createDirectories(site.resolve("img"));
        Files.write(site.resolve("img/dot.png"), PNG);
        Files.createSymbolicLink(site.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), temp);
        server = start("/");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a page is HTML that is never cached, with the live-reload script; the file keeps its bytes")
    void servesPage() throws Exception {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("no-store", header(response, "Cache-Control"));
        assertEquals(HOME.replace("</body>", SCRIPT_TAG + "</body>"), response.body());
        assertEquals(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length),
                header(response, "Content-Length"));
        assertEquals(HOME, Files.readString(site.resolve("index.html")));
    }

    @Test
    void scriptGoesBeforeTheLastBodyEndInAnyCaseOrAtTheEnd() throws Exception {
        assertEquals("<html><BODY><p>A</p>" + SCRIPT_TAG + "</BODY></html>", get("/posts/a.html").body());
        assertEquals("<p>About, without a body tag</p>" + SCRIPT_TAG, get("/about/").body());
    }

    @Test
    void otherFilesAreSentByteForByte() throws Exception {
        HttpResponse<byte[]> css = getBytes("/css/style.css");
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
        assertEquals("no-cache", header(css, "Cache-Control"));
        assertEquals("nosniff", header(css, "X-Content-Type-Options"));
        assertArrayEquals(Files.readAllBytes(site.resolve("css/style.css")), css.body());

        HttpResponse<byte[]> png = getBytes("/img/dot.png");
        assertEquals("image/png", header(png, "Content-Type"));
        assertEquals(String.valueOf(PNG.length), header(png, "Content-Length"));
        assertArrayEquals(PNG, png.body());

        assertEquals("application/octet-stream", header(getBytes("/notes.unknown-extension"), "Content-Type"));
    }

    @Test
    void queryIsIgnored() throws Exception {
        assertEquals(200, getBytes("/css/style.css?blog-maven-reload=1700000000000").statusCode());
    }

    @Test
    void headSendsTheHeadersOnly() throws Exception {
        HttpResponse<String> head = http.send(request("/").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("text/html; charset=utf-8", header(head, "Content-Type"));
        assertEquals(String.valueOf((HOME.replace("</body>", SCRIPT_TAG + "</body>")).length()),
                header(head, "Content-Length"));
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> post = http.send(request("/index.html")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", header(post, "Allow"));
        assertEquals("nosniff", header(post, "X-Content-Type-Options"));
    }

    @Test
    void directoryWithoutSlashRedirectsAndWithSlashServesItsIndex() throws Exception {
        HttpResponse<String> redirect = get("/about?x=1");
        assertEquals(301, redirect.statusCode());
        assertEquals("/about/?x=1", header(redirect, "Location"));

        HttpResponse<String> index = get("/about/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().startsWith("<p>About"));
    }

    @Test
    @DisplayName("a missing path gets the site's 404 page, marked so that it reloads on any change")
    void missingFileGetsTheNotFoundPage() throws Exception {
        for (String path : List.of("/no/such/page.html", "/index.html/", "/img/")) {
            HttpResponse<String> response = get(path);

            assertEquals(404, response.statusCode(), path);
            assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
            assertEquals("<html><body><h1>Lost</h1><script src=\"/__blog-maven/live.js\" data-not-found></script>"
                    + "</body></html>", response.body());
        }
    }

    @Test
    void missingFileWithoutNotFoundPageGetsPlainText() throws Exception {
        Files.delete(site.resolve("404.html"));

        HttpResponse<String> response = get("/nothing.html");

        assertEquals(404, response.statusCode());
        assertEquals("text/plain; charset=utf-8", header(response, "Content-Type"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    @DisplayName("the reserved paths are never looked up on disk, and dot-files are not part of the site")
    void reservedAndHiddenPathsAreNotServedFromDisk() throws Exception {
        assertEquals(404, get("/__blog-maven/other").statusCode());
        assertEquals(404, get("/.git/config").statusCode());
        assertFalse(get("/.git/config").body().contains("token"));

        HttpResponse<String> script = get("/__blog-maven/live.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", header(script, "Content-Type"));
        assertTrue(script.body().contains("new EventSource("));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt",
        "/%5c..%5csecret.txt", "/index.html%00", "/%00/../secret.txt", "//secret.txt", "/css//style.css",
        "/./index.html", "/%2e/index.html", "/css/%2e%2e/%2e%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
        "/%e0%80%ae%e0%80%ae/secret.txt", "/%zz", "/%2", "/%0d%0aSet-Cookie:%20a=b", "/outside/secret.txt",
        "/leak.txt", "/outside/", "/outside", "http://127.0.0.1/secret.txt", "*"
    })
    @DisplayName("a path that could reach outside the site is refused, and never gets a file from there")
    void traversalIsRefused(String target) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), target, "127.0.0.1:" + server.port());

        assertTrue(List.of(400, 404).contains(response.status()), target + " gave " + response.status());
        assertFalse(response.body().contains(SECRET), target + " leaked the secret");
        assertFalse(response.body().contains("token"), target + " leaked .git/config");
        assertEquals(null, response.header("Set-Cookie"));
    }

    @Test
    @DisplayName("a symbolic link to a file outside the site is not followed")
    void symbolicLinkOutsideIsNotFound() throws Exception {
        HttpResponse<String> file = get("/leak.txt");
        HttpResponse<String> dir = get("/outside/secret.txt");

        assertEquals(404, file.statusCode());
        assertEquals(404, dir.statusCode());
        assertFalse(file.body().contains(SECRET));
        assertFalse(dir.body().contains(SECRET));
    }

    @Test
    void symbolicLinkInsideIsFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));

        assertEquals(200, get("/home.html").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1", "localhost:1", "127.0.0.2:PORT",
        "localhost.evil.example:PORT", ""})
    @DisplayName("a request addressed to another name, as after DNS rebinding, is refused")
    void foreignHostIsRefused(String host) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/index.html",
                host.replace("PORT", String.valueOf(server.port())));

        assertEquals(403, response.status(), host);
        assertFalse(response.body().contains("Home"));
    }

    @Test
    void missingOrDoubleHostIsRefused() throws IOException {
        assertEquals(403, RawHttp.get(server.port(), "/index.html", null).status());
        assertEquals(403, RawHttp.send(server.port(), "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nHost: evil.example\r\nConnection: close\r\n\r\n").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LOCALHOST:PORT", "[::1]:PORT"})
    void loopbackNamesAreAccepted(String host) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), "/index.html",
                host.replace("PORT", String.valueOf(server.port())));

        assertEquals(200, response.status(), host);
        assertTrue(response.body().contains("<h1>Home</h1>"));
    }

    @Test
    @DisplayName("no response lets another origin read it")
    void noCrossOriginAccess() throws Exception {
        for (String path : List.of("/", "/css/style.css", "/img/dot.png", "/missing", "/__blog-maven/live.js")) {
            HttpResponse<String> response = http.send(request(path).header("Origin", "http://evil.example").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
        }
    }

    @Test
    @DisplayName("the event stream refuses pages of other origins")
    void eventsRefuseOtherOrigins() throws Exception {
        String own = "http://127.0.0.1:" + server.port();
        List<List<String>> refused = List.of(
                List.of("Origin", "http://evil.example"),
                List.of("Origin", "null"),
                List.of("Origin", "https://127.0.0.1:" + server.port()),
                List.of("Origin", "http://127.0.0.1:1"),
                List.of("Sec-Fetch-Site", "cross-site"),
                List.of("Sec-Fetch-Site", "same-site"));
        for (List<String> header : refused) {
            HttpResponse<String> response = http.send(request("/__blog-maven/events")
                    .header(header.get(0), header.get(1)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(403, response.statusCode(), header.toString());
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        HttpRequest ownPage = request("/__blog-maven/events")
                .header("Origin", own).header("Sec-Fetch-Site", "same-origin").build();
        HttpResponse<InputStream> accepted = http.send(ownPage, HttpResponse.BodyHandlers.ofInputStream());
        accepted.body().close();
        assertEquals(200, accepted.statusCode());
    }

    @Test
    @DisplayName("close() frees the port at once, and may be called again")
    void closeFreesThePort() throws IOException {
        int port = server.port();

        server.close();
        server.close();

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void uriNamesTheHomePage() {
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
    }

    @Test
    @DisplayName("a site under /blog/ is served there, and / leads to it")
    void siteUnderASubdirectory() throws Exception {
        server.close();
        server = start("blog");

        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/blog/"), server.uri());
        HttpResponse<String> home = get("/blog/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/blog/__blog-maven/live.js\"></script></body>"));
        assertEquals(200, get("/blog/__blog-maven/live.js").statusCode());
        assertEquals(200, getBytes("/blog/css/style.css").statusCode());
        for (String path : List.of("/", "/blog")) {
            HttpResponse<String> redirect = get(path);
            assertEquals(302, redirect.statusCode(), path);
            assertEquals("/blog/", header(redirect, "Location"));
        }
        assertEquals(404, get("/index.html").statusCode());
        assertEquals(404, get("/__blog-maven/live.js").statusCode());
        assertEquals(301, get("/blog/about").statusCode());
    }

    @Test
    void rootBeyondAsciiIsEncodedInUrls() throws Exception {
        server.close();
        server = start("/博客/");

        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/%E5%8D%9A%E5%AE%A2/"), server.uri());
        HttpResponse<String> home = get("/%E5%8D%9A%E5%AE%A2/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/%E5%8D%9A%E5%AE%A2/__blog-maven/live.js\"></script>"));
    }

    @Test
    void rootMustBeAPlainPath() {
        for (String root : List.of("/../", "/a//b/", "/a\\b/", "/%2e/")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new DevServer.Options(site, "127.0.0.1", 0, root, BuildListener.SILENT), root);
        }
        assertEquals("/", new DevServer.Options(site, "127.0.0.1", 0, null, BuildListener.SILENT).root());
        assertEquals("/blog/", new DevServer.Options(site, "127.0.0.1", 0, "/blog", BuildListener.SILENT).root());
    }

    private DevServer start(String root) throws IOException {
        return DevServer.start(new DevServer.Options(site, "127.0.0.1", 0, root, BuildListener.SILENT));
    }

    private void write(String relative, String content) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
