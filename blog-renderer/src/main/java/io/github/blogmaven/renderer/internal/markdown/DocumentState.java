package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Map;

/**
 * What one render call knows about its document, kept on the flexmark {@link Document} itself.
 *
 * <p>The parser and renderer are shared by every thread, so per-document facts cannot live in them; node
 * renderers and link resolvers read these keys from the document they are rendering.
 */
final class DocumentState {
    /** What relative links resolve against; absent to leave URLs as written. */
    static final NullableDataKey<SiteLinks> LINKS = new NullableDataKey<>("BLOG_MAVEN_LINKS");
    /** The id and text of every heading node. */
    static final NullableDataKey<Map<Node, Heading>> HEADINGS = new NullableDataKey<>("BLOG_MAVEN_HEADINGS");
    /** The raw HTML node holding the first {@code <!-- more -->}, if any. */
    static final NullableDataKey<Node> MORE_MARKER = new NullableDataKey<>("BLOG_MAVEN_MORE_MARKER");
    /** The tags of the document and the HTML of each; absent when it has none. */
    static final NullableDataKey<TagPass> TAGS = new NullableDataKey<>("BLOG_MAVEN_TAGS");
    /** True while the excerpt is rendered: the marker node then renders only what precedes the marker. */
    static final NullableDataKey<Boolean> RENDERING_EXCERPT = new NullableDataKey<>("BLOG_MAVEN_RENDERING_EXCERPT");

    /**
     * True while the page is rendered with {@link Excerpts#END} before the marker, so the excerpt can be cut from
     * the page's HTML instead of rendered a second time.
     */
    static final NullableDataKey<Boolean> MARKING_EXCERPT_END =
            new NullableDataKey<>("BLOG_MAVEN_MARKING_EXCERPT_END");

    /** Where text nodes' HTML is kept while the document renders; absent when its source does not allow it. */
    static final NullableDataKey<HeldTexts> HELD_TEXTS = new NullableDataKey<>("BLOG_MAVEN_HELD_TEXTS");

    private DocumentState() {
    }
}
