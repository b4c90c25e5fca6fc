/**
 * The Atom and RSS feeds and the sitemap, as hexo-generator-feed and hexo-generator-sitemap publish them:
 * absolute, percent-encoded URLs and dates with their offset. Internal.
 */
package io.github.blogmaven.renderer.internal.feed;
