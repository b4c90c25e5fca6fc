/** Markdown to HTML the way Hexo's default renderer does it, with links resolved at build time. Internal. */
package io.github.blogmaven.renderer.internal.markdown;
