/**
 * The Maven face of blog-maven: {@link io.github.blogmaven.maven.GenerateMojo} ({@code blog:generate}) maps
 * its parameters to one {@link io.github.blogmaven.renderer.GenerateRequest} and hands it to
 * {@link io.github.blogmaven.renderer.SiteGenerator}. {@link io.github.blogmaven.maven.NewMojo} ({@code blog:new})
 * and {@link io.github.blogmaven.maven.PublishMojo} ({@code blog:publish}) likewise make one call to
 * {@link io.github.blogmaven.renderer.Scaffolder}. No generation logic lives here.
 */
package io.github.blogmaven.maven;
