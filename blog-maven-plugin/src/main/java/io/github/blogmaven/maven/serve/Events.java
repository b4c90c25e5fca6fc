package io.github.blogmaven.maven.serve;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Server-Sent Events that {@code live.js} understands, in wire form. Each carries one line of JSON: JSON
 * escapes every line break, and a raw one would end the event early.
 */
final class Events {
    /** Sent first on every stream: how long a browser waits before reconnecting after the server went away. */
    static final String RETRY = "retry: 1000\n\n";
    /** A comment that keeps idle connections open and reveals the ones whose browser has gone. */
    static final String KEEP_ALIVE = ": keep-alive\n\n";
    /** The site builds: no overlay. An event needs data, or the browser ignores it. */
    static final String OK = event("ok", "{}");

    private Events() {
    }

    /** Pages (and their scripts, images, ...) that changed: tabs showing them reload. */
    static String reload(Collection<String> paths) {
        return event("reload", "{\"paths\":" + array(paths) + "}");
    }

    /** Stylesheets that changed: tabs swap them in place. */
    static String css(Collection<String> paths) {
        return event("css", "{\"paths\":" + array(paths) + "}");
    }

    /** The last rebuild failed: tabs show these problems over the page, one per line. */
    static String problems(List<DevServer.Problem> problems) {
        return event("problems", "{\"problems\":"
                + array(problems.stream().map(Events::describe).collect(Collectors.toList())) + "}");
    }

    /** {@code file:line:column: message}, leaving out what is unknown. */
    static String describe(DevServer.Problem problem) {
        StringBuilder out = new StringBuilder();
        if (problem.file() != null) {
            out.append(problem.file());
            if (problem.line() > 0) {
                out.append(':').append(problem.line());
                if (problem.column() > 0) {
                    out.append(':').append(problem.column());
                }
            }
            out.append(": ");
        }
        return out.append(problem.message()).toString();
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private static String array(Collection<String> strings) {
        return strings.stream().map(Events::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
