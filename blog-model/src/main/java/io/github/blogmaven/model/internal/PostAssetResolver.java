package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Asset;
import io.github.blogmaven.model.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Publishes post asset folders. With {@code post_asset_folder: true}, the files in {@code _posts/<stem>/} (at
 * any depth) belong to the post {@code _posts/<stem>.md} and are published in the post's own directory: the
 * directory of its path for {@code .../index.html}, else its path without the extension
 * ({@code posts/7631b95.html} gives {@code posts/7631b95/1.jpg}). Files of hidden posts are left out with them.
 *
 * <p>As in Hexo, other files under {@code _posts} and {@code _drafts} are not published, and with
 * {@code post_asset_folder: false} none is; the loader says so once in the log, since a missing image is
 * otherwise hard to explain.
 */
final class PostAssetResolver {
    private final boolean enabled;
    private final Consumer<String> log;

    PostAssetResolver(boolean enabled, Consumer<String> log) {
        this.enabled = enabled;
        this.log = log;
    }

    /**
     * @param files the non-post files under {@code _posts} and {@code _drafts}
     * @param allPosts every post file, published or not
     * @param published the published posts by source path relative to the base directory
     */
    List<Asset> resolve(List<ScannedFile> files, List<ScannedFile> allPosts, Map<String, Post> published) {
        Map<String, ScannedFile> postsByFolder = new HashMap<>();
        allPosts.forEach(post -> postsByFolder.put(stripExtension(post.inSource()), post));
        List<Asset> assets = new ArrayList<>();
        List<ScannedFile> ignored = new ArrayList<>();
        for (ScannedFile file : files) {
            ScannedFile owner = enabled ? owner(file.inSource(), postsByFolder) : null;
            if (owner == null) {
                ignored.add(file);
                continue;
            }
            Post post = published.get(owner.relativePath());
            if (post != null) {
                String inFolder = file.inSource().substring(stripExtension(owner.inSource()).length() + 1);
                assets.add(new Asset(file.source(), directoryOf(post.path()) + inFolder));
            }
        }
        if (!ignored.isEmpty()) {
            log.accept(Hints.postFolderFilesIgnored(ignored.size(), ignored.get(0).relativePath()));
        }
        return assets;
    }

    private static ScannedFile owner(String inSource, Map<String, ScannedFile> postsByFolder) {
        String folder = inSource;
        int slash;
        while ((slash = folder.lastIndexOf('/')) > 0) {
            folder = folder.substring(0, slash);
            ScannedFile post = postsByFolder.get(folder);
            if (post != null) {
                return post;
            }
        }
        return null;
    }

    /** The directory a post's own files are published in, ending with {@code /} (or empty for the root). */
    static String directoryOf(String postPath) {
        if (postPath.equals("index.html")) {
            return "";
        }
        if (postPath.endsWith("/index.html")) {
            return postPath.substring(0, postPath.length() - "index.html".length());
        }
        return stripExtension(postPath) + "/";
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }
}
