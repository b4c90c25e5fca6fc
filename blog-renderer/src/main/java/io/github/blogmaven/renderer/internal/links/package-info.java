/** How output paths become URLs: {@code root}, {@code pretty_urls} and percent-encoding in one place. Internal. */
package io.github.blogmaven.renderer.internal.links;
