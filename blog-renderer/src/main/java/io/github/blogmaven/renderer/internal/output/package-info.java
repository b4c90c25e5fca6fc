/** Writing the output directory, and nothing outside it. Internal. */
package io.github.blogmaven.renderer.internal.output;
