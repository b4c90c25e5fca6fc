/** Renders the Markdown of every post and page once per build, in parallel, with links resolved. Internal. */
package io.github.blogmaven.renderer.internal.content;
