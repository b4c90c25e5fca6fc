/**
 * Builds a static site from a Hexo-layout blog. The whole public surface is here:
 * {@link io.github.blogmaven.renderer.SiteGenerator#generate(GenerateRequest)} takes a
 * {@link io.github.blogmaven.renderer.GenerateRequest} and returns a
 * {@link io.github.blogmaven.renderer.GenerateResult}, reporting progress to a
 * {@link io.github.blogmaven.renderer.BuildListener}. Everything under {@code internal} may change at any time.
 *
 * <pre>{@code
 * GenerateResult result = new SiteGenerator().generate(
 *         GenerateRequest.of(Path.of("myblog"), Path.of("myblog/target/blog")));
 * }</pre>
 */
package io.github.blogmaven.renderer;
