package io.github.blogmaven.renderer.internal.markdown;

import java.util.List;

/**
 * One use of a tag in a body.
 *
 * @param name the tag name as written ({@code asset_img}, {@code image}...)
 * @param arguments the arguments, split and unquoted as Nunjucks does ({@link TagArguments})
 * @param body for a block tag, the text up to its end tag with the common indentation and one leading and one
 *     trailing newline removed (Hexo's {@code trimBody}); {@code null} for other tags
 * @param written the tag as the source wrote it (its first line), for messages
 */
record TagUse(String name, List<String> arguments, String body, String written) {
    TagUse {
        arguments = List.copyOf(arguments);
    }
}
