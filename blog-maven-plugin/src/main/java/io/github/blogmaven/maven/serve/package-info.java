/**
 * The writing loop of {@code blog:serve}: {@link io.github.blogmaven.maven.serve.SourceWatcher} reports changed
 * source files in batches on one thread, and {@link io.github.blogmaven.maven.serve.DevServer} serves the
 * generated site on the JDK's {@code com.sun.net.httpserver} and pushes live-reload events to the open tabs.
 * Plain Java, with no Maven types, so that it is tested, and could be used, without Maven; everything but those
 * two is internal.
 */
package io.github.blogmaven.maven.serve;
