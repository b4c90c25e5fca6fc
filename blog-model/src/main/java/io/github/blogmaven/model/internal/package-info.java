/**
 * Internal: how {@link io.github.blogmaven.model.SiteLoader} reads a Hexo-layout project. Nothing here is API;
 * any of it may change without notice. Depend on the records in {@code io.github.blogmaven.model} instead.
 *
 * <p>The loader runs in stages, each a small class: {@link io.github.blogmaven.model.internal.ConfigReader}
 * reads {@code _config.yml}; {@link io.github.blogmaven.model.internal.SourceScanner} sorts the files under
 * {@code source/}; {@link io.github.blogmaven.model.internal.FrontMatterParser} splits and parses each file (in
 * parallel); {@link io.github.blogmaven.model.internal.PostReader} and
 * {@link io.github.blogmaven.model.internal.PageReader} give the keys their meaning;
 * {@link io.github.blogmaven.model.internal.AbbrlinkAssigner},
 * {@link io.github.blogmaven.model.internal.PermalinkResolver} and
 * {@link io.github.blogmaven.model.internal.OutputPaths} decide where everything is published; the taxonomy
 * builders index the published posts. {@link io.github.blogmaven.model.internal.SiteAssembler} runs them in
 * order and throws one {@link io.github.blogmaven.model.ContentException} listing every problem found.
 */
package io.github.blogmaven.model.internal;
