/**
 * What templates see: immutable view records built once per build from the model and the rendered Markdown,
 * with every URL and date already computed, plus the grouping and pagination of list pages. Internal.
 *
 * <p>Names templates use: {@code site} ({@link io.github.blogmaven.renderer.internal.pages.SiteView}),
 * {@code page} (an {@link io.github.blogmaven.renderer.internal.pages.ArticleView} for posts and pages, a
 * {@link io.github.blogmaven.renderer.internal.pages.ListingView} for lists), {@code post} (the same as
 * {@code page} in the post layout) and {@code paginator}. Unknown front-matter keys are under
 * {@code page.frontMatter} ({@code page.frontMatter.author}); unknown {@code _config.yml} keys under
 * {@code site.config}.
 */
package io.github.blogmaven.renderer.internal.pages;
