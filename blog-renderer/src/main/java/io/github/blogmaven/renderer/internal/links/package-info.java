/**
 * URLs both ways: how output paths become the URLs pages link to ({@code root}, {@code pretty_urls} and
 * percent-encoding in one place), and which output file a URL on a page leads to, for the broken-link check,
 * with the scanner that finds the URLs of a rendered page. Internal.
 */
package io.github.blogmaven.renderer.internal.links;
