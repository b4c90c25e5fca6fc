/**
 * Watching a blog's sources for {@code blog:serve}: {@link io.github.blogmaven.maven.serve.SourceWatcher} reports
 * changed files in batches on one thread. Plain Java, free of Maven types, so it can be used and tested without
 * Maven.
 */
package io.github.blogmaven.maven.serve;
