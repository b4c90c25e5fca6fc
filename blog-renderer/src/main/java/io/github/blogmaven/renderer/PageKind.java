package io.github.blogmaven.renderer;

/** The kinds of file the generator writes, for the summary. */
public enum PageKind {
    POST, PAGE, INDEX, ARCHIVE, TAG, CATEGORY, FEED, SITEMAP, NOT_FOUND
}
