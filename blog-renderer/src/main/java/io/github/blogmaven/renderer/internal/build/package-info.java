/**
 * One build, in three steps kept apart so later builds can redo only part of them: plan every output file
 * (path → task), render the Markdown and the pages into memory, then write. Internal.
 */
package io.github.blogmaven.renderer.internal.build;
