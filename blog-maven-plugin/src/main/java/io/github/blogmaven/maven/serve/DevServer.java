package io.github.blogmaven.maven.serve;

import com.sun.net.httpserver.HttpServer;
import io.github.blogmaven.renderer.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview of {@code blog:serve}: serves the generated site over HTTP and tells the tabs showing it when it
 * changed (they reload, or swap a stylesheet in place) or failed to rebuild (they show the problems over the
 * page). Only files inside the site are ever served, and only to requests addressed to this server.
 */
public final class DevServer implements AutoCloseable {
    /** Connections the operating system holds while every worker is busy, so that a burst is not refused. */
    private static final int BACKLOG = 256;
    private static final int WORKERS = 8;
    private static final String CLIENT_SCRIPT = "live.js";

    private final HttpServer server;
    private final ExecutorService workers;
    private final LiveReload liveReload;
    private final URI uri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevServer(HttpServer server, ExecutorService workers, LiveReload liveReload, URI uri) {
        this.server = server;
        this.workers = workers;
        this.liveReload = liveReload;
        this.uri = uri;
    }

    /** Starts serving siteDir at {@code http://host:port<root>}; port 0 picks a free port. */
    public static DevServer start(Options options) throws IOException {
        InetSocketAddress address = new InetSocketAddress(options.host(), options.port());
        if (address.isUnresolved()) {
            throw new UnknownHostException(options.host());
        }
        byte[] script = clientScript();
        String rawRoot = encode(options.root());
        HttpServer server = HttpServer.create(address, BACKLOG);
        ServerNames names = new ServerNames(options.host(), address.getAddress(), server.getAddress().getPort());
        LiveReload liveReload = new LiveReload(options.log(), daemonThreads("blog-maven-live-reload"));
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads("blog-maven-serve"));
        server.setExecutor(workers);
        server.createContext("/", new SiteHandler(new SiteDirectory(options.siteDir()), options.root(), rawRoot,
                names, liveReload, script, options.log()));
        server.start();
        URI uri = URI.create("http://" + names.authority() + rawRoot);
        if (!address.getAddress().isLoopbackAddress()) {
            options.log().warn("The preview at " + uri + " listens on " + options.host()
                    + ", so other machines on the network can read it too.");
        }
        return new DevServer(server, workers, liveReload, uri);
    }

    /** The port listened on, the one picked when {@link Options#port()} was 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the site's home page, to print and open, such as {@code http://127.0.0.1:4000/blog/}. */
    public URI uri() {
        return uri;
    }

    /**
     * The site changed: tabs showing one of these output files reload, and stylesheets among them are swapped in
     * place. Paths are relative to the site directory, with {@code /}: {@code posts/a.html},
     * {@code css/style.css}, {@code about/index.html}.
     */
    public void siteChanged(Collection<String> outputPaths) {
        List<String> stylesheets = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String path : outputPaths) {
            (ContentTypes.of(path).startsWith("text/css") ? stylesheets : others).add(path);
        }
        if (!stylesheets.isEmpty()) {
            liveReload.broadcast(Events.css(stylesheets));
        }
        if (!others.isEmpty()) {
            liveReload.broadcast(Events.reload(others));
        }
    }

    /**
     * The last rebuild failed: every open tab, and every page served until {@link #clearProblems()}, shows these
     * problems over the page. The files on disk, the last good site, are still what is served.
     */
    public void showProblems(List<Problem> problems) {
        liveReload.setState(Events.problems(List.copyOf(problems)));
    }

    /** The next rebuild succeeded: the problems disappear from every tab. */
    public void clearProblems() {
        liveReload.setState(Events.OK);
    }

    /** Ends the live-reload streams and stops listening; the port is free when this returns. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            liveReload.close();
            server.stop(0);
            workers.shutdownNow();
        }
    }

    /**
     * What to serve and where.
     *
     * @param siteDir the generated site
     * @param host the name or address to listen on, such as {@code 127.0.0.1}
     * @param port the port to listen on, or 0 for any free one
     * @param root the site's root as {@code _config.yml} gives it ({@code /} or {@code /blog/}); the slashes around
     *     it are added when missing
     * @param log receives the warning about a server reachable from the network, and diagnostics
     */
    public record Options(Path siteDir, String host, int port, String root, BuildListener log) {
        /** Checks the values and completes the root to {@code /.../}. */
        public Options {
            Objects.requireNonNull(siteDir, "siteDir");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(log, "log");
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            root = withSlashes(root);
            if (!RequestPath.isPlain(root)) {
                throw new IllegalArgumentException("root '" + root + "' is not a plain path such as /blog/");
            }
        }

        private static String withSlashes(String root) {
            String path = root == null || root.isBlank() ? "/" : root.strip();
            path = path.startsWith("/") ? path : "/" + path;
            return path.endsWith("/") ? path : path + "/";
        }
    }

    /**
     * A problem of the failed rebuild, shown as {@code file:line:column: message}.
     *
     * @param file the source file, relative to the blog, or null when the problem has none
     * @param line the line, from 1, or 0 when unknown
     * @param column the column, from 1, or 0 when unknown
     * @param message what is wrong
     */
    public record Problem(String file, int line, int column, String message) {
        /** Requires a message. */
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }

    private static byte[] clientScript() {
        try (InputStream in = DevServer.class.getResourceAsStream(CLIENT_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(CLIENT_SCRIPT + " is missing from the plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("root '" + path + "' cannot be part of a URL", e);
        }
    }

    /**
     * Named threads, so that a thread dump says whose they are; daemons, so that they are never what keeps a
     * JVM running.
     */
    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
