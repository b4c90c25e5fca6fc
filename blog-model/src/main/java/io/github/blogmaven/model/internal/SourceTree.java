package io.github.blogmaven.model.internal;

import java.util.List;

/**
 * The files under the source directory, sorted into what Hexo makes of them. Each list is sorted by path.
 *
 * @param posts renderable files under {@code _posts/} and {@code _drafts/}
 * @param postFolderFiles other files under {@code _posts/} and {@code _drafts/}: post assets, if they are in a
 *     post's asset folder and {@code post_asset_folder} is on
 * @param pages renderable files elsewhere
 * @param assets files elsewhere that are copied as they are
 * @param dataFiles YAML and JSON files under {@code _data/}
 */
record SourceTree(
        List<ScannedFile> posts,
        List<ScannedFile> postFolderFiles,
        List<ScannedFile> pages,
        List<ScannedFile> assets,
        List<ScannedFile> dataFiles) {

    static SourceTree empty() {
        return new SourceTree(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
