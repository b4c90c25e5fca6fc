package io.github.blogmaven.renderer.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium, run once per page with {@code --dump-dom}. The harness page writes what it
 * measured into {@code <pre id="result">}, which this reads back as {@code key=value} lines.
 *
 * <p>Where no Chromium is installed the browser tests are skipped, except under CI ({@code CI=true}), where
 * {@code .ci/run} installs it and a missing browser is a failure.
 */
final class Chromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);
    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The installed browser; skips the calling test class when there is none outside CI. */
    static Chromium locate() {
        Path found = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is not installed; .ci/run installs Debian's chromium package");
        }
        assumeTrue(found != null, "Chromium is not installed (apt-get install chromium)");
        return new Chromium(found);
    }

    /** Loads {@code harnessUrl} and returns what the harness reported. */
    Map<String, String> readerCheck(String harnessUrl, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Path dom = Files.createTempFile(profile, "dom", ".html");
        Process process = new ProcessBuilder(
                executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom", harnessUrl)
                .redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + harnessUrl);
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(html);
        if (!result.find() || result.group(1).equals("pending")) {
            throw new IllegalStateException("the harness reported nothing for " + harnessUrl + ":\n" + html);
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : unescape(result.group(1)).split("\n")) {
            int eq = line.indexOf('=');
            seen.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return seen;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
