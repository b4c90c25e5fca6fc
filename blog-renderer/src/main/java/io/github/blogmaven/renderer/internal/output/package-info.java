/**
 * The output folder, and nothing outside it: which folders a build may use ({@code OutputGuard}), one build at
 * a time ({@code OutputLock}), writing below a staging folder only ({@code OutputWriter}, {@code OutputPath}),
 * the list of files blog-maven wrote ({@code Manifest}) so the user's own files are kept ({@code UserFiles}),
 * and the crash-safe swap of the new site for the previous one ({@code SiteSwap}), all driven by
 * {@code OutputSession}. Internal.
 */
package io.github.blogmaven.renderer.internal.output;
