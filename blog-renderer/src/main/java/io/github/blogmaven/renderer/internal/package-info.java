/**
 * The renderer's implementation. Not API: anything here may change without notice; use
 * {@link io.github.blogmaven.renderer.SiteGenerator}.
 */
package io.github.blogmaven.renderer.internal;
