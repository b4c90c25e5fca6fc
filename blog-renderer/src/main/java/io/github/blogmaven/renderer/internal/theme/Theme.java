package io.github.blogmaven.renderer.internal.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import io.github.blogmaven.model.SiteConfig;
import io.github.blogmaven.renderer.BuildListener;
import io.github.blogmaven.renderer.internal.links.Links;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The theme of one build: a FreeMarker configuration whose templates come from the site's
 * {@code themes/<theme>/layout} first and the built-in theme second, so a site overrides any template by name
 * and inherits the rest, and the static files of both ({@code source/}), the site's winning.
 *
 * <p>Templates are {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx} (XML, for feeds). Front-matter and
 * configuration values reach them only as data: nothing a post says is ever parsed as a template. The
 * configuration is built per build and never shared, so builds of different sites may run at once.
 *
 * <p>A site theme is treated as untrusted code: it cannot instantiate classes ({@code ?new}), reach the Java API
 * of values ({@code ?api}), call any method of the model's objects or see their classes (see
 * {@link SandboxedObjectWrapper}), nor include or import a file outside its {@code layout/} folder or the
 * built-in theme (see {@link LayoutLoader}).
 */
public final class Theme {
    /** The built-in theme on the class path, with {@code layout/} and {@code source/}. */
    public static final String BUILT_IN = "/io/github/blogmaven/renderer/theme/";
    /** The list of the built-in theme's static files, since a class path cannot be listed. */
    public static final String BUILT_IN_ASSET_LIST = BUILT_IN + "source-files.txt";
    /** How problems name a built-in template. */
    public static final String BUILT_IN_NAME = "<built-in theme>/layout/";

    private static final Version FREEMARKER = Configuration.VERSION_2_3_34;
    private static final Pattern FOREIGN_TEMPLATE = Pattern.compile(".*\\.(ejs|njk|swig|pug|jade|hbs|handlebars|styl)$");
    private static final Pattern LOCATION =
            Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** An {@code <#import>} or {@code <#include>} (or square-bracket form) with its name when it is a literal. */
    private static final Pattern USE =
            Pattern.compile("[<\\[]#(import|include)\\s+(?:\"([^\"]*)\"|'([^']*)'|[^\\s>\\]]*)");
    /** A member {@code content} read from something: {@code post.content}, {@code p["content"]}. */
    private static final Pattern CONTENT_READ =
            Pattern.compile("([\\w$]*)\\s*\\.\\s*content\\b|\\[\\s*(?:\"content\"|'content')\\s*]");

    private final Configuration configuration;
    private final Path siteLayouts;
    private final String siteLayoutsName;
    private final List<ThemeAsset> assets;
    private final Map<String, Object> helpers;
    private final Set<String> layoutFiles;

    private Theme(Configuration configuration, Path siteLayouts, String siteLayoutsName, List<ThemeAsset> assets,
            Map<String, Object> helpers, Set<String> layoutFiles) {
        this.layoutFiles = Set.copyOf(layoutFiles);
        this.configuration = configuration;
        this.siteLayouts = siteLayouts;
        this.siteLayoutsName = siteLayoutsName;
        this.assets = List.copyOf(assets);
        this.helpers = Map.copyOf(helpers);
    }

    /**
     * Opens the theme {@code config.theme()} names under {@code baseDir/themes/}, falling back to the built-in
     * theme for every template and file it lacks. A Hexo theme (EJS, Nunjucks...) cannot be rendered here: it is
     * ignored with a warning.
     */
    public static Theme open(Path baseDir, SiteConfig config, Links links, BuildListener listener) throws IOException {
        Path themeDir = null;
        String themeName = config.theme();
        if (themeName != null && !themeName.isBlank()) {
            Path dir = baseDir.resolve("themes").resolve(themeName).normalize();
            if (!dir.startsWith(baseDir.resolve("themes").normalize()) || !Files.isDirectory(dir)) {
                listener.warn("Theme '" + themeName + "' is not in themes/" + themeName
                        + "/; the built-in theme is used.");
            } else if (isHexoTheme(dir.resolve("layout"))) {
                listener.warn("themes/" + themeName + " is a Hexo theme (EJS, Nunjucks or similar templates), which"
                        + " blog-maven cannot render; the built-in theme is used. Write .ftlh templates in"
                        + " themes/" + themeName + "/layout to change the look.");
            } else {
                themeDir = dir;
            }
        }

        Path layouts = themeDir != null && Files.isDirectory(themeDir.resolve("layout")) ? themeDir.resolve("layout")
                : null;
        List<TemplateLoader> loaders = new ArrayList<>();
        if (layouts != null) {
            loaders.add(new LayoutLoader(layouts.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN + "layout"));
        Configuration configuration = configuration(config);
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));

        Map<String, ThemeAsset> assets = new TreeMap<>();
        for (String path : builtInAssets()) {
            assets.put(path, new ThemeAsset(path, null, BUILT_IN + "source/" + path));
        }
        if (themeDir != null && Files.isDirectory(themeDir.resolve("source"))) {
            Path source = themeDir.resolve("source");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String path = relative(source, file);
                    if (!isSkipped(path)) {
                        assets.put(path, new ThemeAsset(path, file, null));
                    }
                }
            }
        }
        Map<String, Object> helpers = new HashMap<>();
        helpers.put("url_for", UrlForMethod.of(links, false));
        helpers.put("full_url_for", UrlForMethod.of(links, true));
        helpers.put("fragment_cache", new FragmentCache());
        String layoutsName = layouts == null ? null : "themes/" + themeName + "/layout/";
        Set<String> layoutFiles = new TreeSet<>();
        if (layouts != null) {
            try (Stream<Path> files = Files.walk(layouts)) {
                files.filter(Files::isRegularFile).forEach(file -> layoutFiles.add(relative(layouts, file)));
            }
        }
        return new Theme(configuration, layouts, layoutsName, new ArrayList<>(assets.values()), helpers,
                layoutFiles);
    }

    private static Configuration configuration(SiteConfig config) {
        Configuration configuration = new Configuration(FREEMARKER);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone(config.timezone()));
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setFallbackOnNullLoopVariable(false);
        // A theme is code from elsewhere: no ?new, no ?api, and of the model's Java objects only their data.
        configuration.setObjectWrapper(new SandboxedObjectWrapper(FREEMARKER));
        return configuration;
    }

    /** The first of {@code names} that exists, in the site's theme or the built-in one; null when none does. */
    public String find(String... names) throws IOException {
        for (String name : names) {
            if (name == null) {
                continue;
            }
            try {
                if (configuration.getTemplate(name, null, null, true, true) != null) {
                    return name;
                }
            } catch (IOException e) {
                if (parseError(e) != null || outsideLayouts(e) != null) {
                    return name; // it exists; rendering reports the problem
                }
                throw e;
            }
        }
        return null;
    }

    /** Whether {@code layout} may name a template: letters, digits, {@code -} and {@code _} only. */
    public static boolean isLayoutName(String layout) {
        return layout != null && NAME.matcher(layout).matches();
    }

    /**
     * Renders {@code template} with {@code model} plus the helpers ({@code url_for}, {@code full_url_for},
     * {@code fragment_cache}) into
     * {@code out}, after what it holds.
     *
     * @param page the output path being rendered, for messages
     * @throws TemplateFailure naming the template file, line and column
     */
    public void render(String template, Map<String, Object> model, String page, PageText out)
            throws TemplateFailure, IOException {
        Template compiled;
        try {
            compiled = configuration.getTemplate(template);
        } catch (IOException e) {
            LayoutLoader.OutsideLayouts outside = outsideLayouts(e);
            if (outside != null) {
                throw new TemplateFailure(describe(outside.name()), 0, 0, outside.getMessage(),
                        "copy the file into " + siteLayoutsName + " instead of linking to it", page, outside);
            }
            ParseException syntax = parseError(e);
            if (syntax == null) {
                throw e;
            }
            throw new TemplateFailure(describe(syntax.getTemplateName() != null ? syntax.getTemplateName()
                    : template), syntax.getLineNumber(), syntax.getColumnNumber(),
                    oneLine(syntax.getEditorMessage()), null, page, syntax);
        }
        // A SimpleHash rather than the map itself: it wraps each variable the first time the template reads it and
        // keeps the result, where a map's adapter wraps it again on every read (post.title, post.url, ...).
        SimpleHash data = new SimpleHash(configuration.getObjectWrapper());
        helpers.forEach(data::put);
        model.forEach(data::put);
        try {
            compiled.process(data, out);
        } catch (TemplateException e) {
            String message = e.getMessageWithoutStackTop();
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new TemplateFailure(describe(name), line == null ? 0 : line, column == null ? 0 : column,
                    description(message), hint(e, message), page, e);
        }
    }

    /**
     * The syntax error behind a failed template lookup. FreeMarker throws it the first time and, from its
     * cache, an IOException caused by it afterwards.
     */
    private static ParseException parseError(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static LayoutLoader.OutsideLayouts outsideLayouts(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LayoutLoader.OutsideLayouts outside) {
                return outside;
            }
        }
        return null;
    }

    /**
     * The files of the site theme's {@code layout/} folder, relative to it ({@code post.ftlh},
     * {@code partials/head.ftlh}); empty when the site uses the built-in theme alone.
     */
    public Set<String> layoutFiles() {
        return layoutFiles;
    }

    /** The site theme's {@code layout/} folder relative to the project ({@code themes/t/layout/}), or null. */
    public String layoutFolder() {
        return siteLayoutsName;
    }

    /**
     * Of {@code templates}, those that are, import or include one of {@code changed}, directly or through others:
     * the templates whose pages a change to {@code changed} can alter. All of {@code templates} when one of them
     * includes a template whose name is computed, which cannot be followed.
     */
    public Set<String> users(Set<String> templates, Set<String> changed) throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        Set<String> found = new TreeSet<>();
        for (String template : templates) {
            Set<String> closure = new HashSet<>();
            if (!collectUses(template, closure, uses)) {
                return Set.copyOf(templates);
            }
            if (closure.stream().anyMatch(changed::contains)) {
                found.add(template);
            }
        }
        return found;
    }

    /** Adds {@code template} and what it uses to {@code closure}; false when a use cannot be followed. */
    private boolean collectUses(String template, Set<String> closure, Map<String, Set<String>> uses)
            throws IOException {
        if (!closure.add(template)) {
            return true;
        }
        Set<String> direct = uses.get(template);
        if (direct == null) {
            direct = directUses(template);
            if (direct == null) {
                return false;
            }
            uses.put(template, direct);
        }
        for (String used : direct) {
            if (!collectUses(used, closure, uses)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code templates}, or a template they import or include, may print the whole {@code content} of a
     * post a list page shows: whether one reads a member {@code content} of anything but {@code page} (a list
     * page's own model has none; the built-in theme asks it of every page). A use that cannot be followed, or a
     * template that cannot be read, counts as yes. A key computed in a template goes unseen, so the answer may
     * decide where list pages find a post's HTML, but never whether they can.
     */
    public boolean mayReadContent(Collection<String> templates) {
        try {
            Set<String> closure = new HashSet<>();
            Map<String, Set<String>> uses = new HashMap<>();
            for (String template : templates) {
                if (!collectUses(template, closure, uses)) {
                    return true;
                }
            }
            for (String template : closure) {
                String text = source(template);
                if (text != null && readsContent(text)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // rendering reports it
        }
    }

    static boolean readsContent(String template) {
        Matcher read = CONTENT_READ.matcher(template);
        while (read.find()) {
            if (!"page".equals(read.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The templates {@code template} names in {@code <#import>} and {@code <#include>}; null when one is computed. */
    private Set<String> directUses(String template) throws IOException {
        String text = source(template);
        if (text == null) {
            return Set.of();
        }
        int slash = template.lastIndexOf('/');
        String folder = slash < 0 ? "" : template.substring(0, slash + 1);
        Set<String> names = new HashSet<>();
        Matcher use = USE.matcher(text);
        while (use.find()) {
            String name = use.group(2) != null ? use.group(2) : use.group(3);
            if (name == null || name.contains("..") || name.contains("*")) {
                return null;
            }
            names.add(name.startsWith("/") ? name.substring(1) : folder + name);
        }
        return names;
    }

    /** The text of {@code template}, from the site theme or the built-in one; null when neither has it. */
    private String source(String template) throws IOException {
        Object source = configuration.getTemplateLoader().findTemplateSource(template);
        if (source == null) {
            return null;
        }
        try (Reader reader = configuration.getTemplateLoader().getReader(source, "UTF-8")) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        } finally {
            configuration.getTemplateLoader().closeTemplateSource(source);
        }
    }

    /** The theme's static files, sorted by output path, the site theme's replacing built-in ones. */
    public List<ThemeAsset> assets() {
        return assets;
    }

    /** How a problem names a template: its file in the project, or in the built-in theme. */
    public String describe(String templateName) {
        if (siteLayouts != null && Files.isRegularFile(siteLayouts.resolve(templateName))) {
            return siteLayoutsName + templateName;
        }
        return BUILT_IN_NAME + templateName;
    }

    private static String description(String message) {
        // FreeMarker's message: a description, then "----" and tips; keep the description, on one line.
        int tips = message.indexOf("\n----");
        String description = tips < 0 ? message : message.substring(0, tips);
        // The problem carries the template, line and column already.
        return oneLine(LOCATION.matcher(description).replaceAll(""));
    }

    private static String hint(TemplateException e, String message) {
        if (message.contains("for security reasons") || message.contains("api_builtin_enabled")) {
            return "templates run sandboxed: they see the site's data (site, page, post), never Java classes or"
                    + " methods";
        }
        if (e instanceof InvalidReferenceException) {
            return "if the value may be missing, give a default (${x!\"\"}) or test it (<#if x??>)";
        }
        int tip = message.indexOf("Tip: ");
        if (tip < 0) {
            return null;
        }
        int end = message.indexOf('\n', tip);
        return oneLine(message.substring(tip + 5, end < 0 ? message.length() : end));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static boolean isHexoTheme(Path layouts) throws IOException {
        if (!Files.isDirectory(layouts)) {
            return false;
        }
        boolean foreign = false;
        try (Stream<Path> files = Files.walk(layouts)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl")) {
                    return false;
                }
                foreign |= FOREIGN_TEMPLATE.matcher(name).matches();
            }
        }
        return foreign;
    }

    /** Hexo skips hidden files and files or folders starting with {@code _} in a theme's source. */
    private static boolean isSkipped(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static List<String> builtInAssets() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN_ASSET_LIST)) {
            if (in == null) {
                throw new IOException("the built-in theme is missing from the class path: " + BUILT_IN_ASSET_LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
