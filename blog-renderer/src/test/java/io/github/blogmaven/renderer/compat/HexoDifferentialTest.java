package io.github.blogmaven.renderer.compat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.model.LoadOptions;
import io.github.blogmaven.model.Page;
import io.github.blogmaven.model.Post;
import io.github.blogmaven.model.Site;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.model.SiteLoader;
import io.github.blogmaven.model.Term;
import io.github.blogmaven.renderer.GenerateException;
import io.github.blogmaven.renderer.GenerateRequest;
import io.github.blogmaven.renderer.SiteGenerator;
import io.github.blogmaven.renderer.internal.links.Links;
import io.github.blogmaven.renderer.internal.output.Manifest;
import io.github.blogmaven.renderer.internal.pages.Listing;
import io.github.blogmaven.renderer.internal.pages.Listings;
import io.github.blogmaven.renderer.internal.pages.Routes;
import io.github.blogmaven.renderer.internal.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds each fixture site under {@code src/test/resources/hexo-compat/} and compares the result with what real
 * Hexo did with the same site ({@code reference.json} beside it, written by {@code compat/hexo/}; see its README).
 *
 * <p>We must match the Hexo run whose machine zone is the site's configured {@code timezone} (the author's own
 * machine), or UTC when none is set. Where we differ on purpose, a test of its own says so: dates and
 * date-based URLs never depend on the machine's zone, relative images work on list pages and in feeds, and two
 * sources claiming one URL fail the build.
 *
 * <p>Every test collects all the mismatches of its fixture and reports them together, each as
 * {@code what: Hexo <value>, ours <value>}.
 */
@Tag("hexo-diff")
@DisplayName("Hexo differential tests")
class HexoDifferentialTest {
    /** The instant that decides which posts are in the future: later than every fixture post but the 2099 ones. */
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final String MORE_MARKER = "<span id=\"more\"></span>";
    static final String ROOT = "/hexo-compat/";
    static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]*)\"");
    static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]*)</loc>");
    static final Pattern ATOM_ENTRY = Pattern.compile("<entry>(.*?)</entry>", Pattern.DOTALL);
    static final Pattern ATOM_LINK = Pattern.compile("<link\\b[^>]*?\\shref=\"([^\"]*)\"");
    static final Pattern RSS_ITEM = Pattern.compile("<item>(.*?)</item>", Pattern.DOTALL);
    static final Pattern RSS_LINK = Pattern.compile("<link>([^<]*)</link>");
    /** {@code date: 2020-11-20T08:30:00+01:00} (or with a space, quoted, with {@code Z}) in front matter. */
    static final Pattern WRITTEN_OFFSET_DATE = Pattern.compile(
            "date:\\s*['\"]?(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*"
                    + "([zZ]|[+-]\\d{2}:\\d{2})['\"]?");

    @TempDir
    static Path scratch;

    private static final Map<String, Build> BUILDS = new HashMap<>();

    /** Our side of one fixture: the strict build's outcome, what it wrote, and the loaded model. */
    record Build(HexoReference hexo, Path site, Path output, List<ContentProblem> problems, Set<String> outputs,
            Site model, String modelFailure) {

        boolean built() {
            return problems.isEmpty() && model != null;
        }

        SiteConfig config() {
            return model.config();
        }

        Map<String, Post> postsBySource() {
            Map<String, Post> posts = new LinkedHashMap<>();
            model.posts().forEach(post -> posts.put(post.source().relativePath(), post));
            return posts;
        }

        String read(String file) {
            try {
                return Files.readString(output.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // What must be identical to Hexo

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("builds without errors, as Hexo does")
    void buildsWithoutErrors(String fixture) throws IOException {
        Build build = build(fixture);
        List<String> mismatches = new ArrayList<>();
        build.problems().forEach(problem -> mismatches.add("our build failed: " + problem));
        if (build.modelFailure() != null) {
            mismatches.add("our loader failed: " + build.modelFailure());
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("writes every file Hexo writes, and no page Hexo would not write")
    void writesTheFilesHexoWrites(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        HexoReference.Run hexo = build.hexo().expected();
        Set<String> expected = new TreeSet<>(hexo.outputs());
        List<String> mismatches = new ArrayList<>();
        for (String file : expected) {
            if (!build.outputs().contains(file)) {
                mismatches.add("missing " + file + ": Hexo wrote it" + origin(build.hexo(), hexo, file));
            }
        }
        Set<String> allowed = allowedExtras(build);
        for (String file : build.outputs()) {
            if (!expected.contains(file) && !allowed.contains(file)) {
                mismatches.add("extra " + file + ": Hexo does not write it");
            }
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("publishes the same posts with the same URL, title, dates, tags, categories, excerpt and abbrlink")
    void postsMatch(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        HexoReference hexo = build.hexo();
        HexoReference.Run run = hexo.expected();
        Links links = new Links(build.config());
        Routes routes = new Routes(build.config());
        Map<String, Post> ours = build.postsBySource();
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.Post expected : hexo.posts().values()) {
            String source = expected.source();
            Post post = ours.get(source);
            if (post == null) {
                mismatches.add(source + ": Hexo publishes it at " + run.posts().get(source).file() + ", we do not");
                continue;
            }
            HexoReference.RunPost dated = run.posts().get(source);
            compare(mismatches, source, "output file", dated.file(), post.path());
            compare(mismatches, source, "permalink", dated.permalink(), links.absolute(Links.postRoute(post.path())));
            compare(mismatches, source, "title", expected.title(), post.title());
            if (writtenOffsetDate(build, post) == null) {
                compareDate(mismatches, source, "date", dated.date(), post.date());
            }
            if (updatedIsExplicit(build, post)) {
                compareDate(mismatches, source, "updated", dated.updated(), post.updated());
            }
            compare(mismatches, source, "layout", expected.layout(), post.layout());
            compare(mismatches, source, "tags", hexoTags(expected), ourTags(post, routes));
            compare(mismatches, source, "categories", hexoCategories(expected), ourCategories(post, routes));
            compare(mismatches, source, "excerpt present", expected.excerpt(), hasExcerpt(build, post));
            if (abbrlinkConfigured(build) || post.frontMatter().get("abbrlink") != null) {
                compare(mismatches, source, "abbrlink", expected.abbrlink(), post.abbrlink());
            }
        }
        for (String source : ours.keySet()) {
            if (!hexo.posts().containsKey(source)) {
                String why = hexo.unpublished().containsKey(source)
                        ? "Hexo leaves it unpublished (" + hexo.unpublished().get(source) + ")"
                        : "Hexo does not publish it";
                mismatches.add(source + ": we publish it at " + ours.get(source).path() + ", " + why);
            }
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("publishes the same pages at the same URLs, themed or raw as Hexo does")
    void pagesMatch(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        Links links = new Links(build.config());
        Map<String, Page> ours = new LinkedHashMap<>();
        build.model().pages().forEach(page -> ours.put(page.source().relativePath(), page));
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.Page expected : build.hexo().pages().values()) {
            String source = expected.source();
            Page page = ours.get(source);
            if (page == null) {
                mismatches.add(source + ": Hexo renders it as a page at " + expected.file() + ", we do not"
                        + copiedWithFrontMatter(build, expected));
                continue;
            }
            compare(mismatches, source, "output file", expected.file(), page.path());
            compare(mismatches, source, "permalink", expected.permalink(), links.absolute(page.path()));
            compare(mismatches, source, "title", expected.title(), page.title());
            compare(mismatches, source, "themed (layout: false writes it raw)", !"false".equals(expected.layout()),
                    page.themed());
        }
        for (String source : ours.keySet()) {
            if (!build.hexo().pages().containsKey(source)) {
                mismatches.add(source + ": we render it as a page at " + ours.get(source).path()
                        + ", Hexo does not");
            }
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("lists the same posts in the same order on every home, archive, tag and category page")
    void listsMatch(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        Map<String, HexoReference.ListPage> ours = ourLists(build.model());
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, HexoReference.ListPage> entry : build.hexo().expected().lists().entrySet()) {
            String file = entry.getKey();
            HexoReference.ListPage expected = entry.getValue();
            HexoReference.ListPage list = ours.get(file);
            if (list == null) {
                mismatches.add(file + ": Hexo lists " + expected.posts() + " there (page " + expected.current()
                        + " of " + expected.total() + "), we write no list there");
                continue;
            }
            compare(mismatches, file, "posts, in order", expected.posts(), list.posts());
            compare(mismatches, file, "number of pages", expected.total(), list.total());
            compare(mismatches, file, "page number", expected.current(), list.current());
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("puts the same posts in the same order in every feed, and the same URLs in the sitemap")
    void feedsAndSitemapMatch(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        HexoReference.Run hexo = build.hexo().expected();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, HexoReference.Feed> entry : hexo.feeds().entrySet()) {
            String xml = build.read(entry.getKey());
            if (xml != null) {
                compare(mismatches, entry.getKey(), "entries, in order", entry.getValue().links(),
                        feedLinks(xml, entry.getValue().type()));
            }
        }
        Map<String, String> unrenderedPages = unrenderedPages(build);
        for (Map.Entry<String, List<String>> entry : hexo.sitemaps().entrySet()) {
            String file = entry.getKey();
            String text = build.read(file);
            if (text == null) {
                continue; // writesTheFilesHexoWrites reports it
            }
            Set<String> expected = new TreeSet<>(entry.getValue());
            Set<String> ours = new TreeSet<>(file.endsWith(".txt") ? text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList() : matches(SITEMAP_LOC, text));
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(ours);
            Set<String> extra = new TreeSet<>(ours);
            extra.removeAll(expected);
            for (String url : missing) {
                String page = unrenderedPages.get(url);
                mismatches.add(file + ": only Hexo lists " + url + (page == null ? ""
                        : " (the page Hexo makes of " + page + ", which we do not render as a page; see pages)"));
            }
            if (!extra.isEmpty()) {
                mismatches.add(file + ": URLs only we list: " + extra);
            }
        }
        report(fixture, mismatches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("reads source/_data into the same site data")
    void dataMatches(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        List<String> mismatches = new ArrayList<>();
        compare(mismatches, "source/_data", "site.data", normalize(build.hexo().data()),
                normalize(build.model().data()));
        report(fixture, mismatches);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Where we differ from Hexo on purpose (README, "Where we differ from Hexo on purpose")

    /**
     * Hexo reads naive dates in the machine's zone and then shifts them to {@code timezone}; the instant comes
     * out right, but {@code :year/:month/:day} and the archive pages use the machine's zone. We always use the
     * configured zone (UTC when none), which is what Hexo gives on the author's own machine.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("on purpose: dates and date-based URLs are those of the configured zone, whatever the machine's")
    void datesDoNotDependOnTheMachineZone(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        HexoReference hexo = build.hexo();
        HexoReference.Run expected = hexo.expected();
        HexoReference.Run other = expected == hexo.utc() ? hexo.machineZone() : hexo.utc();
        Map<String, Post> ours = build.postsBySource();
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.RunPost want : expected.posts().values()) {
            HexoReference.RunPost elsewhere = other.posts().get(want.source());
            Post post = ours.get(want.source());
            if (elsewhere == null || post == null) {
                continue;
            }
            String on = " (Hexo with TZ=" + expected.tz() + " gives that; with TZ=" + other.tz() + " it gives ";
            if (!Objects.equals(want.file(), elsewhere.file()) && !want.file().equals(post.path())) {
                mismatches.add(want.source() + ": output file: want " + want.file() + on + elsewhere.file()
                        + "), ours " + post.path());
            }
            if (!Objects.equals(want.date(), elsewhere.date()) && !sameDate(want.date(), post.date())) {
                mismatches.add(want.source() + ": date: want " + want.date() + on + elsewhere.date() + "), ours "
                        + iso(post.date()));
            }
        }
        Set<String> onlyElsewhere = new TreeSet<>(other.outputs());
        onlyElsewhere.removeAll(expected.outputs());
        for (String file : onlyElsewhere) {
            if (build.outputs().contains(file)) {
                mismatches.add(file + ": only Hexo with TZ=" + other.tz() + " writes it, yet we do");
            }
        }
        report(fixture, mismatches);
    }

    /**
     * Hexo leaves a relative image as it is when {@code marked.prependRoot} is off, so it breaks on list pages;
     * we resolve it when building. For every image Hexo's post page shows, our post page must show the same file,
     * and so must our home page when the image is in the excerpt, and our feeds.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("on purpose: images work on the post page, on list pages and in feeds")
    void imagesWorkEverywhere(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        HexoReference hexo = build.hexo();
        Set<String> hexoFiles = new TreeSet<>(hexo.expected().outputs());
        Map<String, Post> ours = build.postsBySource();
        Links links = new Links(build.config());
        Routes routes = new Routes(build.config());
        String root = build.config().root();
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.Post expected : hexo.posts().values()) {
            Post post = ours.get(expected.source());
            if (post == null) {
                continue;
            }
            String hexoFile = hexo.expected().posts().get(expected.source()).file();
            for (String src : new LinkedHashSet<>(expected.contentImages())) {
                String target = resolve(src, hexoFile, root);
                if (target == null || !hexoFiles.contains(target)) {
                    continue;
                }
                String where = expected.source() + ": image " + src + " (" + target + ")";
                if (!showsImage(build, post.path(), target)) {
                    mismatches.add(where + ": Hexo's post page shows it, ours " + post.path() + " does not");
                }
                if (expected.excerptImages().contains(src)) {
                    String home = homePageOf(build.model(), post, routes);
                    boolean hexoBreaks = hexo.expected().lists().containsKey(home)
                            && !hexoFiles.contains(String.valueOf(resolve(src, home, root)));
                    if (home == null || !showsImage(build, home, target)) {
                        mismatches.add(where + ": in the excerpt, yet our list page " + home + " does not show it"
                                + (hexoBreaks ? " (Hexo's does not either)" : ""));
                    }
                }
                for (String feed : List.of(routes.atom(), routes.rss2())) {
                    String xml = build.read(feed);
                    String permalink = links.absolute(Links.postRoute(post.path()));
                    if (xml != null && xml.contains(permalink) && !xml.contains(links.absolute(target))) {
                        mismatches.add(where + ": " + feed + " has the post but not " + links.absolute(target));
                    }
                }
            }
        }
        report(fixture, mismatches);
    }

    /**
     * Without {@code updated:} in the front matter, Hexo's default {@code updated_option: mtime} takes the file's
     * modification time, which changes with every clone or checkout. Unless {@code _config.yml} sets
     * {@code updated_option} itself, ours is the post's date, so a build never depends on file times.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("on purpose: a post without updated: was last updated on its date, never at its file's mtime")
    void updatedIsTheDateUnlessWritten(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        Map<String, Post> ours = build.postsBySource();
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.RunPost hexo : build.hexo().expected().posts().values()) {
            Post post = ours.get(hexo.source());
            if (post != null && !updatedIsExplicit(build, post) && !post.updated().isEqual(post.date())) {
                mismatches.add(hexo.source() + ": updated: want the date " + iso(post.date()) + " (Hexo takes the"
                        + " file's mtime, " + hexo.updated() + "), ours " + iso(post.updated()));
            }
        }
        report(fixture, mismatches);
    }

    /**
     * With no {@code abbrlink:} section, hexo-abbrlink uses crc16 written in decimal; we use crc32 in hex, the
     * classic value that existing links such as {@code posts/7631b95.html} have. With a section, every
     * combination must match the plugin, which {@link #postsMatch} checks.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("on purpose: without an abbrlink: section a missing abbrlink is the title's crc32 in hex")
    void abbrlinkDefaultsToCrc32Hex(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        List<String> mismatches = new ArrayList<>();
        if (!abbrlinkConfigured(build)) {
            Map<String, Post> ours = build.postsBySource();
            for (HexoReference.Post hexo : build.hexo().posts().values()) {
                Post post = ours.get(hexo.source());
                if (post != null && post.frontMatter().get("abbrlink") == null) {
                    CRC32 crc = new CRC32();
                    crc.update(post.title().getBytes(StandardCharsets.UTF_8));
                    compare(mismatches, hexo.source(), "abbrlink (crc32/hex; Hexo's crc16/dec is '" + hexo.abbrlink()
                            + "')", Long.toHexString(crc.getValue()), post.abbrlink());
                }
            }
        }
        report(fixture, mismatches);
    }

    /**
     * hexo-front-matter drops a written offset: {@code 2020-11-20T08:30:00+01:00} becomes 08:30 UTC read as local
     * time. We keep the instant the author wrote.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("on purpose: a date written with an offset is that instant")
    void writtenOffsetIsKept(String fixture) throws IOException {
        Build build = requireBuilt(fixture);
        Map<String, HexoReference.RunPost> hexo = build.hexo().expected().posts();
        List<String> mismatches = new ArrayList<>();
        for (Post post : build.model().posts()) {
            OffsetDateTime written = writtenOffsetDate(build, post);
            if (written != null && !written.toInstant().equals(post.date().toInstant())) {
                HexoReference.RunPost theirs = hexo.get(post.source().relativePath());
                mismatches.add(post.source().relativePath() + ": date: want the instant written, " + written
                        + (theirs == null ? "" : " (Hexo drops the offset: " + theirs.date() + ")") + ", ours "
                        + iso(post.date()));
            }
        }
        report(fixture, mismatches);
    }

    /** Hexo silently writes one of two sources that claim the same file; we refuse and name both. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("collisionFixtures")
    @DisplayName("on purpose: two sources claiming one URL fail the build, naming both")
    void urlCollisionsAreErrors(String fixture) throws IOException {
        Build build = build(fixture);
        List<String> mismatches = new ArrayList<>();
        for (HexoReference.Collision collision : build.hexo().collisions()) {
            String found = build.problems().stream().map(ContentProblem::toString)
                    .filter(problem -> collision.sources().stream().allMatch(source -> mentions(problem, source)))
                    .findFirst().orElse(null);
            if (found == null) {
                mismatches.add(collision.file() + ": Hexo silently wrote " + collision.written() + " over "
                        + collision.sources() + "; we should fail naming both, but problems were "
                        + build.problems());
            }
        }
        assertFalse(build.hexo().collisions().isEmpty(), "a collision fixture without a collision");
        report(fixture, mismatches);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures and our build

    /** The fixtures Hexo builds without two sources claiming one file. */
    static Stream<String> fixtures() throws IOException {
        return allFixtures().stream().filter(name -> reference(name).collisions().isEmpty());
    }

    static Stream<String> collisionFixtures() throws IOException {
        return allFixtures().stream().filter(name -> !reference(name).collisions().isEmpty());
    }

    static List<String> allFixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(fixturesRoot())) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("reference.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        }
    }

    static Path fixturesRoot() {
        URL url = HexoDifferentialTest.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no " + ROOT + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static HexoReference reference(String fixture) {
        try {
            return HexoReference.read(fixturesRoot().resolve(fixture).resolve("reference.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Build requireBuilt(String fixture) throws IOException {
        Build build = build(fixture);
        if (!build.built()) {
            fail(fixture + ": nothing to compare, our build failed: "
                    + (build.problems().isEmpty() ? build.modelFailure() : build.problems()));
        }
        return build;
    }

    /**
     * Copies the fixture (without its reference), gives every file the modification time Hexo saw, builds it
     * strictly and loads its model. Each fixture is built once per test run.
     */
    static synchronized Build build(String fixture) throws IOException {
        Build cached = BUILDS.get(fixture);
        if (cached != null) {
            return cached;
        }
        HexoReference hexo = reference(fixture);
        Path site = scratch.resolve(fixture).resolve("site");
        Path output = scratch.resolve(fixture).resolve("public");
        copy(fixturesRoot().resolve(fixture), site, FileTime.from(hexo.pinnedMtime()));
        List<ContentProblem> problems = List.of();
        try {
            new SiteGenerator().generate(GenerateRequest.of(site, output).withNow(NOW));
        } catch (GenerateException e) {
            problems = e.problems();
        }
        Site model = null;
        String modelFailure = null;
        try {
            model = SiteLoader.load(site, new LoadOptions(false, false, NOW, message -> { }));
        } catch (ContentException e) {
            modelFailure = e.getMessage();
        }
        Build build = new Build(hexo, site, output, problems, files(output), model, modelFailure);
        BUILDS.put(fixture, build);
        return build;
    }

    private static void copy(Path from, Path to, FileTime mtime) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    dirs.add(target);
                } else if (!file.getParent().equals(from) || !file.getFileName().toString().equals("reference.json")) {
                    Files.copy(file, target);
                    Files.setLastModifiedTime(target, mtime);
                }
            }
        }
        for (Path dir : dirs) {
            Files.setLastModifiedTime(dir, mtime);
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(dir.relativize(file).toString().replace('\\', '/')));
        }
        return files;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Our side, in Hexo's terms

    /**
     * The files we write that Hexo does not, on purpose: the 404 page, the built-in theme's static files, the
     * tags and categories index pages (Hexo writes them only with {@code enable_index_page} or a page of the
     * blog's own), the feed format {@code feed.type} did not ask for (we always write Atom and RSS), and the
     * manifest that lets the next build tell its own files from the user's.
     */
    private static Set<String> allowedExtras(Build build) throws IOException {
        Set<String> allowed = new TreeSet<>();
        allowed.add(Routes.NOT_FOUND);
        allowed.add(Manifest.FILE_NAME);
        try (InputStream list = Theme.class.getResourceAsStream(Theme.BUILT_IN_ASSET_LIST)) {
            if (list != null) {
                new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(allowed::add);
            }
        }
        Routes routes = new Routes(build.config());
        allowed.add(Links.fileOf(routes.tagsIndex()));
        allowed.add(Links.fileOf(routes.categoriesIndex()));
        Set<String> feedTypes = hexoFeedTypes(build.config());
        if (!feedTypes.contains("atom")) {
            allowed.add(routes.atom());
        }
        if (!feedTypes.contains("rss2")) {
            allowed.add(routes.rss2());
        }
        return allowed;
    }

    /** The feed types hexo-generator-feed writes: {@code feed.type}, a type or a list, {@code atom} by default. */
    private static Set<String> hexoFeedTypes(SiteConfig config) {
        Object type = config.values().get("feed") instanceof Map<?, ?> feed ? feed.get("type") : null;
        Set<String> types = new TreeSet<>();
        if (type instanceof List<?> list) {
            list.forEach(item -> types.add(String.valueOf(item).strip()));
        } else if (type != null) {
            types.add(String.valueOf(type).strip());
        }
        types.retainAll(Set.of("atom", "rss2"));
        if (types.isEmpty()) {
            types.add("atom");
        }
        return types;
    }

    private static Map<String, HexoReference.ListPage> ourLists(Site site) {
        Listings listings = new Listings(site, new Routes(site.config()));
        Map<String, HexoReference.ListPage> lists = new TreeMap<>();
        for (List<Listing> kind : List.of(listings.home(), listings.archives(), listings.tags(),
                listings.categories())) {
            for (Listing listing : kind) {
                lists.put(Links.fileOf(listing.route()), new HexoReference.ListPage(listing.number(),
                        listing.routes().size(), listing.posts().stream()
                                .map(post -> post.source().relativePath()).toList()));
            }
        }
        return lists;
    }

    /** The first home page that lists {@code post}, or null. */
    private static String homePageOf(Site site, Post post, Routes routes) {
        for (Listing listing : new Listings(site, routes).home()) {
            if (listing.posts().contains(post)) {
                return Links.fileOf(listing.route());
            }
        }
        return null;
    }

    /** Whether {@code updated} is the author's to compare: written in the front matter, or the config's choice. */
    private static boolean updatedIsExplicit(Build build, Post post) {
        return post.frontMatter().has("updated") || build.config().values().containsKey("updated_option");
    }

    private static boolean abbrlinkConfigured(Build build) {
        return build.config().values().get("abbrlink") instanceof Map<?, ?>;
    }

    /** The front-matter {@code date} of {@code post} when it is written with an offset or {@code Z}, else null. */
    static OffsetDateTime writtenOffsetDate(Build build, Post post) {
        List<String> lines;
        try {
            lines = Files.readAllLines(build.site().resolve(post.source().relativePath()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = !lines.isEmpty() && lines.get(0).strip().equals("---") ? 1 : 0;
        for (int i = start; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher m = WRITTEN_OFFSET_DATE.matcher(lines.get(i).strip());
            if (m.matches()) {
                String time = m.group(2).indexOf(':') == 1 ? "0" + m.group(2) : m.group(2);
                return OffsetDateTime.parse(m.group(1) + "T" + time + m.group(3).replace("z", "Z"));
            }
        }
        return null;
    }

    /**
     * What we did instead of rendering Hexo's page {@code expected}: an HTML file with front matter that we copy
     * as it is, front matter and all, which only a loader change can fix.
     */
    private static String copiedWithFrontMatter(Build build, HexoReference.Page expected) {
        String ours = build.read(expected.file());
        if (ours == null || !expected.source().matches("(?i).*\\.html?")
                || !(ours.startsWith("---") || ours.startsWith(";;;"))) {
            return "";
        }
        return ": it is an HTML file with front matter; Hexo writes it without its front matter, we copy it as it is,"
                + " front matter and all, to " + expected.file() + " (the loader in blog-model reads front matter only"
                + " in Markdown sources)";
    }

    /** The permalinks of the pages Hexo renders that we do not, with their source. */
    private static Map<String, String> unrenderedPages(Build build) {
        Set<String> ours = new TreeSet<>();
        build.model().pages().forEach(page -> ours.add(page.source().relativePath()));
        Map<String, String> missing = new TreeMap<>();
        for (HexoReference.Page page : build.hexo().pages().values()) {
            if (!ours.contains(page.source())) {
                missing.put(page.permalink(), page.source());
            }
        }
        return missing;
    }

    /** Hexo's excerpt is a front-matter {@code excerpt} or the content before {@code <!-- more -->}. */
    private static boolean hasExcerpt(Build build, Post post) {
        if (post.excerpt() != null && !post.excerpt().isBlank()) {
            return true;
        }
        String html = build.read(post.path());
        return html != null && html.contains(MORE_MARKER);
    }

    private static List<String> hexoTags(HexoReference.Post post) {
        return post.tags().stream().map(tag -> tag.name() + " -> " + tag.path()).sorted().toList();
    }

    private static List<String> ourTags(Post post, Routes routes) {
        return post.tags().stream().map(tag -> tag.name() + " -> " + routes.tag(tag, 1)).sorted().toList();
    }

    private static List<String> hexoCategories(HexoReference.Post post) {
        return post.categories().stream().map(c -> String.join(" > ", c.names()) + " -> " + c.path()).sorted()
                .toList();
    }

    /** Every category a post is filed under: each level of each chain, once. */
    private static List<String> ourCategories(Post post, Routes routes) {
        Set<String> categories = new TreeSet<>();
        for (List<Term> chain : post.categories()) {
            for (int i = 0; i < chain.size(); i++) {
                List<String> names = chain.subList(0, i + 1).stream().map(Term::name).toList();
                categories.add(String.join(" > ", names) + " -> " + routes.category(chain.get(i), 1));
            }
        }
        return List.copyOf(categories);
    }

    /** Whether the page in {@code file} has an {@code <img>} that shows the output file {@code target}. */
    private static boolean showsImage(Build build, String file, String target) {
        String html = build.read(file);
        if (html == null || !build.outputs().contains(target)) {
            return false;
        }
        Matcher m = IMG_SRC.matcher(html);
        while (m.find()) {
            String src = m.group(1).replace("&amp;", "&");
            String url = build.config().url();
            if (src.startsWith(url + "/")) {
                src = src.substring(url.length());
            }
            if (target.equals(resolve(src, file, build.config().root()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The output file an image {@code src} on the page written to {@code pageFile} shows, as a browser resolves
     * it; null for other sites' images and {@code data:} URLs.
     */
    static String resolve(String src, String pageFile, String root) {
        if (pageFile == null || src.startsWith("//") || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        String path = URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
        int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String absolute = path.startsWith("/") ? path : root + Links.directoryOf(pageFile) + path;
        List<String> parts = new ArrayList<>();
        for (String part : absolute.split("/", -1)) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String normalized = "/" + String.join("/", parts) + (absolute.endsWith("/") ? "/" : "");
        if (!normalized.startsWith(root)) {
            return null;
        }
        return Links.fileOf(normalized.substring(root.length()));
    }

    /** The link of every entry (Atom) or item (RSS 2.0), in feed order. */
    private static List<String> feedLinks(String xml, String type) {
        boolean atom = type.equals("atom");
        List<String> links = new ArrayList<>();
        Matcher entry = (atom ? ATOM_ENTRY : RSS_ITEM).matcher(xml);
        while (entry.find()) {
            Matcher link = (atom ? ATOM_LINK : RSS_LINK).matcher(entry.group(1));
            links.add(link.find() ? unescapeXml(link.group(1)) : null);
        }
        return links;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(unescapeXml(m.group(1).strip()));
        }
        return found;
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static boolean mentions(String problem, String source) {
        return problem.contains(source);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comparing and reporting

    private static void compare(List<String> mismatches, String where, String what, Object hexo, Object ours) {
        if (!Objects.equals(hexo, ours)) {
            mismatches.add(where + ": " + what + ": Hexo " + show(hexo) + ", ours " + show(ours));
        }
    }

    /** Dates must be the same instant written with the same offset. */
    private static void compareDate(List<String> mismatches, String where, String what, String hexo,
            ZonedDateTime ours) {
        if (!sameDate(hexo, ours)) {
            String how = hexo != null && ours != null
                    && OffsetDateTime.parse(hexo).toInstant().equals(ours.toInstant())
                    ? " (same instant, other offset)" : "";
            mismatches.add(where + ": " + what + ": Hexo " + hexo + ", ours " + iso(ours) + how);
        }
    }

    private static boolean sameDate(String hexo, ZonedDateTime ours) {
        if (hexo == null || ours == null) {
            return hexo == null && ours == null;
        }
        return OffsetDateTime.parse(hexo).equals(ours.toOffsetDateTime());
    }

    private static String iso(ZonedDateTime date) {
        return date == null ? null : date.toOffsetDateTime().toString();
    }

    private static String show(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** Data as comparable values: maps sorted by key, numbers as their plain decimal text. */
    private static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), normalize(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HexoDifferentialTest::normalize).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** Where a file Hexo wrote came from, when the reference says. */
    private static String origin(HexoReference hexo, HexoReference.Run run, String file) {
        for (HexoReference.RunPost post : run.posts().values()) {
            if (file.equals(post.file())) {
                return " for post " + post.source();
            }
        }
        for (HexoReference.Page page : hexo.pages().values()) {
            if (file.equals(page.file())) {
                return " for page " + page.source();
            }
        }
        HexoReference.ListPage list = run.lists().get(file);
        if (list != null) {
            return " (a list page " + list.current() + "/" + list.total() + " of " + list.posts().size() + " posts)";
        }
        return "";
    }

    private static void report(String fixture, List<String> mismatches) {
        if (!mismatches.isEmpty()) {
            fail(fixture + ": " + mismatches.size() + (mismatches.size() == 1 ? " mismatch" : " mismatches")
                    + " with Hexo:\n  " + String.join("\n  ", mismatches));
        }
    }
}
