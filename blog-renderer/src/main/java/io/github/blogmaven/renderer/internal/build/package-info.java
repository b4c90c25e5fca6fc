/**
 * One build, in three steps kept apart so later builds can redo only part of them: plan every output file
 * (path → task), render the Markdown, then render each page and write it straight into the staging folder of
 * an {@link io.github.blogmaven.renderer.internal.output.OutputSession}. Internal.
 */
package io.github.blogmaven.renderer.internal.build;
