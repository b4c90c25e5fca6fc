package io.github.blogmaven.model.internal;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

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
 *       extension counts), a page elsewhere. Every other visible file outside those folders is an asset.
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

    SourceTree scan(Path baseDir, String sourceDirName) throws IOException {
        Path sourceDir = baseDir.resolve(sourceDirName).normalize();
        if (!Files.isDirectory(sourceDir)) {
            return SourceTree.empty();
        }
        String prefix = baseDir.normalize().relativize(sourceDir).toString().replace('\\', '/');
        Collector collector = new Collector(sourceDir, prefix.isEmpty() ? "" : prefix + "/");
        Files.walkFileTree(sourceDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
        return collector.tree();
    }

    private final class Collector extends SimpleFileVisitor<Path> {
        private final Path sourceDir;
        private final String prefix;
        private final List<ScannedFile> posts = new ArrayList<>();
        private final List<ScannedFile> postFolderFiles = new ArrayList<>();
        private final List<ScannedFile> pages = new ArrayList<>();
        private final List<ScannedFile> assets = new ArrayList<>();
        private final List<ScannedFile> dataFiles = new ArrayList<>();

        Collector(Path sourceDir, String prefix) {
            this.sourceDir = sourceDir;
            this.prefix = prefix;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(sourceDir)) {
                return FileVisitResult.CONTINUE;
            }
            String path = relative(dir);
            boolean special = path.equals(POSTS) || path.equals(DRAFTS) || path.equals(DATA);
            // Hidden folders can only hold published files when an include glob might name them.
            if (!special && include.isEmpty() && isHidden(visiblePart(path))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
                classify(new ScannedFile(file, prefix + relative(file), relative(file)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            // A symbolic link back up the tree is walked once, not forever.
            if (exc instanceof FileSystemLoopException) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            throw exc;
        }

        private void classify(ScannedFile file) {
            String path = file.inSource();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.endsWith("~") || name.endsWith("%")) {
                return;
            }
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            if (top.equals(POSTS) || top.equals(DRAFTS)) {
                if (!isHidden(file.inPostDir())) {
                    (isPost(path) ? posts : postFolderFiles).add(file);
                }
            } else if (top.equals(DATA)) {
                if (!isHidden(path.substring(DATA.length() + 1)) && isData(name)) {
                    dataFiles.add(file);
                }
            } else if (!exclude.matches(path) && (!isHidden(path) || include.matches(path))) {
                (isRenderable(path) ? pages : assets).add(file);
            }
        }

        private boolean isPost(String path) {
            if (!isRenderable(path)) {
                return false;
            }
            return postExtension == null || extension(path).equals(postExtension);
        }

        private boolean isRenderable(String path) {
            String extension = extension(path);
            return (extension.equals("md") || extension.equals("markdown")) && !skipRender.matches(path);
        }

        private String relative(Path path) {
            return sourceDir.relativize(path).toString().replace('\\', '/');
        }

        SourceTree tree() {
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
