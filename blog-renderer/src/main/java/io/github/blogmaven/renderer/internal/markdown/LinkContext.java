package io.github.blogmaven.renderer.internal.markdown;

import java.util.function.Predicate;

/**
 * What relative links and images in one document resolve against.
 *
 * @param root the site's {@code root}, starting and ending with {@code /}
 * @param pageDir the output directory of the page the document is published as, relative to the site root,
 *     {@code ""} or ending with {@code /} (for {@code posts/7631b95.html} it is {@code posts/})
 * @param assetDir the output directory of the post's asset folder ({@code posts/7631b95/}), or {@code null}
 * @param outputExists whether a path relative to the site root will exist in the output
 * @param absoluteBase {@code null} to emit root-relative URLs; else the site {@code url} (no trailing slash)
 *     to emit absolute ones, as feeds need
 */
public record LinkContext(
        String root, String pageDir, String assetDir, Predicate<String> outputExists, String absoluteBase) {
}
