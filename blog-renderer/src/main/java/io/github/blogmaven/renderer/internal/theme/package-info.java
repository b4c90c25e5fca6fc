/**
 * The theme: FreeMarker templates looked up first in the site's {@code themes/<theme>/layout}, then in the
 * built-in theme, and the static files of both. Internal.
 */
package io.github.blogmaven.renderer.internal.theme;
