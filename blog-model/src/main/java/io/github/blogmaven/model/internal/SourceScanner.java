package io.github.blogmaven.model.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;

/**
 * Walks the source directory and sorts its files as Hexo's processors do.
 *
 * <ul>
 *   <li>Files ending in {@code ~} or {@code %} are editor temporaries and ignored everywhere.
 *   <li>A path with a segment starting with {@code _} or {@code .} is hidden, except the top-level
 *       {@code _posts}, {@code _drafts} and {@code _data}, and except what {@code include} names; {@code exclude}
 *       hides more.
 *   <li>Markdown ({@code .md}, {@code .markdown}) not matched by {@code skip_render} is rendered: a post under
 *       {@code _posts}/{@code _drafts} (where, with {@code post_asset_folder}, only {@code new_post_name}'s
 *       extension counts), a page elsewhere. HTML ({@code .html}, {@code .htm}) not matched by {@code skip_render}
 *       is a page too, published without Markdown. Every other visible file outside those folders is an asset.
 *   <li>A symbolic link is followed only when it leads to a place inside the project base directory (by real path);
 *       one leading outside is a problem naming the link, and nothing behind it is read. The walk follows links
 *       (so links inside the project work and a link back up the tree is walked once), but every link is checked
 *       before anything behind it is visited.
 * </ul>
 */
final class SourceScanner {
    static final String POSTS = "_posts";
    static final String DRAFTS = "_drafts";
    static final String DATA = "_data";

    private final GlobMatcher skipRender;
    private final GlobMatcher include;
    private final GlobMatcher exclude;
    private final String postExtension;

    SourceScanner(LoadSettings settings) {
        this.skipRender = new GlobMatcher(settings.config().skipRender());
        this.include = new GlobMatcher(settings.include());
        this.exclude = new GlobMatcher(settings.exclude());
        this.postExtension = settings.config().postAssetFolder() ? extension(settings.config().newPostName()) : null;
    }

    SourceTree scan(Path baseDir, String sourceDirName, Problems problems) throws IOException {
        Path sourceDir = baseDir.resolve(sourceDirName).normalize();
        if (!Files.isDirectory(sourceDir)) {
            return SourceTree.empty();
        }
        String prefix = slashes(baseDir.normalize().relativize(sourceDir));
        Problems found = new Problems();
        Links links = new Links(baseDir, found);
        try {
            if (links.leadsOutside(sourceDir, prefix)) {
                return SourceTree.empty();
            }
            Collector collector = new Collector(prefix.isEmpty() ? "" : prefix + "/", links);
            BasicFileAttributes attributes = Files.readAttributes(sourceDir, BasicFileAttributes.class);
            // A pool of its own, a thread for each core: the common pool has one thread fewer, and this thread,
            // waiting for the walk, cannot help with its tasks, so on two cores the walk used one (420 against
            // 310 ms for the 30,000 files of 10,000 posts with their images).
            ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            try {
                pool.invoke(new DirectoryWalk(
                        new Folder(sourceDir, "", new Ancestor(sourceDir, attributes.fileKey(), null)), 0, collector));
            } finally {
                pool.shutdown();
            }
            return collector.tree();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // the walk's threads report links in any order
            found.list().stream().sorted().forEach(problems::add);
        }
    }

    /** Whether {@code path} is a symbolic link leading outside the project; reported when it is. */
    static boolean leadsOutside(Path baseDir, Path path, String relativePath, Problems problems) throws IOException {
        return new Links(baseDir, problems).leadsOutside(path, relativePath);
    }

    /**
     * Reports every symbolic link under {@code dir} (itself included) that leads outside the project, such as a
     * theme file linked to {@code /etc/passwd}. Nothing is read.
     *
     * @param path {@code dir} relative to the project base directory, for messages
     */
    static void checkLinks(Path baseDir, Path dir, String path, Problems problems) throws IOException {
        Links links = new Links(baseDir, problems);
        if (!Files.exists(dir) || links.leadsOutside(dir, path)) {
            return;
        }
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                        return !d.equals(dir) && links.leadsOutside(d, relative(d)) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        links.leadsOutside(file, relative(file));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                        if (exc instanceof FileSystemLoopException) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        throw exc;
                    }

                    private String relative(Path p) {
                        return path + "/" + slashes(dir.relativize(p));
                    }
                });
    }

    /**
     * Decides, by real path, whether a symbolic link leads outside the project, and reports it when it does. Safe
     * to use from the threads of one walk.
     */
    private static final class Links {
        private final Path baseDir;
        private final Problems problems;
        private volatile Path realBase;

        Links(Path baseDir, Problems problems) {
            this.baseDir = baseDir;
            this.problems = problems;
        }

        /** Whether {@code path} is a link leading outside the project (reported) or to nothing; false otherwise. */
        boolean leadsOutside(Path path, String relativePath) throws IOException {
            if (!Files.isSymbolicLink(path)) {
                return false;
            }
            Path real;
            try {
                real = path.toRealPath();
            } catch (NoSuchFileException e) {
                return true;
            }
            if (realBase == null) {
                realBase = baseDir.toRealPath();
            }
            if (real.startsWith(realBase)) {
                return false;
            }
            synchronized (problems) {
                problems.add(relativePath, 0, 0, null, "is a symbolic link to " + real + ", which is outside the "
                        + "project directory " + realBase + "; it is not read", Hints.SYMLINK);
            }
            return true;
        }
    }

    /** The directories on the path from the source directory to one being walked, to stop a link looping. */
    private record Ancestor(Path dir, Object key, Ancestor parent) {
        /** Whether {@code dir}, with the file key {@code key} (null where the platform has none), is one of these. */
        boolean contains(Path other, Object otherKey) throws IOException {
            for (Ancestor a = this; a != null; a = a.parent) {
                if (otherKey != null ? otherKey.equals(a.key) : Files.isSameFile(a.dir, other)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A directory to list: where it is, where it is in the source directory ("" for itself), what is above it. */
    private record Folder(Path dir, String relative, Ancestor ancestors) {
    }

    /**
     * Lists one directory and walks its subdirectories as tasks of their own, so that a tree of thousands of asset
     * folders is read on every core: most of a walk is the kernel's, a directory listing and a {@code stat} for
     * every entry. Below the first few levels a task walks its whole subtree itself, from a list of folders still
     * to read rather than by recursion, so that no depth of folders can exhaust a thread's stack. Symbolic links
     * are followed, each checked before anything behind it is read, and one leading back to a directory on its own
     * path is passed over, as {@code Files.walkFileTree} with {@code FOLLOW_LINKS} passes over the loop it reports.
     */
    @SuppressWarnings("serial") // never serialized
    private static final class DirectoryWalk extends RecursiveAction {
        /** Levels of folders walked as tasks of their own; a post's asset folder is the second. */
        private static final int FORKED_LEVELS = 4;

        private final Folder folder;
        private final int level;
        private final Collector collector;

        DirectoryWalk(Folder folder, int level, Collector collector) {
            this.folder = folder;
            this.level = level;
            this.collector = collector;
        }

        @Override
        protected void compute() {
            try {
                if (level < FORKED_LEVELS) {
                    List<DirectoryWalk> subfolders = new ArrayList<>();
                    list(folder, subfolder -> subfolders.add(new DirectoryWalk(subfolder, level + 1, collector)));
                    invokeAll(subfolders);
                } else {
                    Deque<Folder> pending = new ArrayDeque<>();
                    pending.push(folder);
                    while (!pending.isEmpty()) {
                        list(pending.pop(), pending::push);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DirectoryIteratorException e) {
                throw new UncheckedIOException(e.getCause());
            }
        }

        /** Hands the files of {@code folder} to the collector and the subfolders to walk to {@code subfolders}. */
        private void list(Folder folder, Consumer<Folder> subfolders) throws IOException {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.dir())) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String path = folder.relative().isEmpty() ? name : folder.relative() + "/" + name;
                    BasicFileAttributes attributes =
                            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    boolean link = attributes.isSymbolicLink();
                    if (link) {
                        attributes = target(entry);
                        if (attributes == null) {
                            continue;
                        }
                    }
                    if (attributes.isDirectory()) {
                        // only a link can lead back up the tree
                        Object key = attributes.fileKey();
                        if (!(link && folder.ancestors().contains(entry, key)) && collector.enter(entry, path, link)) {
                            subfolders.accept(new Folder(entry, path, new Ancestor(entry, key, folder.ancestors())));
                        }
                    } else if (attributes.isRegularFile()) {
                        collector.file(entry, path, link, attributes);
                    }
                }
            }
        }

        /** What the symbolic link {@code link} leads to; null when it leads to nothing readable (passed over). */
        private static BasicFileAttributes target(Path link) {
            try {
                return Files.readAttributes(link, BasicFileAttributes.class);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Sorts the files a walk finds; its methods are called from the walk's threads. */
    private final class Collector {
        private final String prefix;
        private final List<ScannedFile> posts = new ArrayList<>();
        private final List<ScannedFile> postFolderFiles = new ArrayList<>();
        private final List<ScannedFile> pages = new ArrayList<>();
        private final List<ScannedFile> assets = new ArrayList<>();
        private final List<ScannedFile> dataFiles = new ArrayList<>();

        private final Links links;

        Collector(String prefix, Links links) {
            this.prefix = prefix;
            this.links = links;
        }

        /**
         * Whether to walk the directory {@code dir} at {@code path} in the source directory; {@code link} when the
         * walk found a symbolic link there, so that nothing else is asked of the file system again.
         */
        boolean enter(Path dir, String path, boolean link) throws IOException {
            boolean special = path.equals(POSTS) || path.equals(DRAFTS) || path.equals(DATA);
            // Hidden folders can only hold published files when an include glob might name them.
            if (!special && include.isEmpty() && isHidden(visiblePart(path))) {
                return false;
            }
            return !(link && links.leadsOutside(dir, prefix + path));
        }

        /**
         * Takes the regular file {@code file} at {@code path} in the source directory, with the attributes the walk
         * read (its readers take its size and time from them rather than asking again); {@code link} as above.
         */
        void file(Path file, String path, boolean link, BasicFileAttributes attributes) throws IOException {
            ScannedFile scanned = new ScannedFile(file, prefix + path, path, attributes.size(),
                    attributes.lastModifiedTime());
            List<ScannedFile> list = classify(scanned);
            if (list != null && !(link && links.leadsOutside(file, scanned.relativePath()))) {
                synchronized (this) {
                    list.add(scanned);
                }
            }
        }

        /** The list {@code file} belongs in, or null when it is not published. */
        private List<ScannedFile> classify(ScannedFile file) {
            String path = file.inSource();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.endsWith("~") || name.endsWith("%")) {
                return null;
            }
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            if (top.equals(POSTS) || top.equals(DRAFTS)) {
                return isHidden(file.inPostDir()) ? null : isPost(path) ? posts : postFolderFiles;
            } else if (top.equals(DATA)) {
                return !isHidden(path.substring(DATA.length() + 1)) && isData(name) ? dataFiles : null;
            } else if (!exclude.matches(path) && (!isHidden(path) || include.matches(path))) {
                return isRenderable(path) || isHtmlPage(path) ? pages : assets;
            }
            return null;
        }

        private boolean isPost(String path) {
            if (!isRenderable(path)) {
                return false;
            }
            return postExtension == null || extension(path).equals(postExtension);
        }

        // Hexo renders every HTML file under source/ as a page (front matter read, theme layout applied) unless
        // skip_render names it; in _posts only Markdown makes a post.
        private boolean isHtmlPage(String path) {
            String extension = extension(path);
            return (extension.equals("html") || extension.equals("htm")) && !skipRender.matches(path);
        }

        private boolean isRenderable(String path) {
            String extension = extension(path);
            return (extension.equals("md") || extension.equals("markdown")) && !skipRender.matches(path);
        }

        synchronized SourceTree tree() {
            Comparator<ScannedFile> byPath = Comparator.comparing(ScannedFile::inSource);
            posts.sort(byPath);
            postFolderFiles.sort(byPath);
            pages.sort(byPath);
            assets.sort(byPath);
            dataFiles.sort(byPath);
            return new SourceTree(posts, postFolderFiles, pages, assets, dataFiles);
        }
    }

    // Below _posts, _drafts and _data only the part inside them is checked for hidden segments.
    private static String visiblePart(String path) {
        for (String special : List.of(POSTS, DRAFTS, DATA)) {
            if (path.startsWith(special + "/")) {
                return path.substring(special.length() + 1);
            }
        }
        return path;
    }

    // Only the platform's own separator becomes '/': on Linux a backslash is part of a file name, and must stay one
    // so that the output-path checks see it instead of a made-up '..' segment.
    private static String slashes(Path relative) {
        String separator = relative.getFileSystem().getSeparator();
        String text = relative.toString();
        return separator.equals("/") ? text : text.replace(separator, "/");
    }

    /** Hexo's {@code isHiddenFile}: some segment starts with {@code _} or {@code .}. */
    static boolean isHidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith("_") || segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isData(String name) {
        String extension = extension(name);
        return extension.equals("yml") || extension.equals("yaml") || extension.equals("json");
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
