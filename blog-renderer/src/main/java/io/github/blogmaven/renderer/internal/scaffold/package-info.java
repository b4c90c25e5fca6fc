/**
 * Internal: writing new posts from scaffolds and publishing drafts, behind
 * {@link io.github.blogmaven.renderer.Scaffolder}. May change at any time.
 */
package io.github.blogmaven.renderer.internal.scaffold;
