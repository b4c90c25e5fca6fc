/**
 * The immutable content model of a blog laid out as Hexo lays it out: {@link io.github.blogmaven.model.Site},
 * its {@link io.github.blogmaven.model.Post posts}, {@link io.github.blogmaven.model.Page pages}, taxonomies and
 * assets, and {@link io.github.blogmaven.model.SiteLoader}, which reads and validates the sources.
 *
 * <p>Everything here is data: no Markdown, no templates, no Maven. Records are deeply immutable, so a loaded
 * {@code Site} can be shared by any number of rendering threads.
 */
package io.github.blogmaven.model;
