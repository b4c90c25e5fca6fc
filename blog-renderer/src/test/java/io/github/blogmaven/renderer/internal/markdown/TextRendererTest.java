package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text renders as flexmark's core renders it, plain text without its regular expressions")
class TextRendererTest {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer core = HtmlRenderer.builder().build();
    private final HtmlRenderer withTextRenderer = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(new TextOnly()))).build();

    @Test
    @DisplayName("escapes, character references, line ends and HTML's special characters come out the same")
    void cases() {
        for (String markdown : List.of("plain", "中文 text", "a \\* b", "&amp; &copy; &#x4e2d; &bogus; & alone",
                "a < b > c \" d ' e", "line\r\nnext\rlast", "\\\\ \\& \\<", "*em* and **strong** &lt;")) {
            assertEquals(render(core, markdown), render(withTextRenderer, markdown), markdown);
        }
    }

    @Test
    @DisplayName("random text renders the same")
    void randomText() {
        Random random = new Random(7);
        String alphabet = "ab 中\\&;#x4<>\"'*_`\r\n[]-1.\0";
        for (int i = 0; i < 2000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(50); n > 0; n--) {
                markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(render(core, markdown.toString()), render(withTextRenderer, markdown.toString()),
                    markdown.toString());
        }
    }

    private String render(HtmlRenderer renderer, String markdown) {
        String html = renderer.render(parser.parse(markdown));
        // as a build parses it: over the work budget, whose runs of text the renderer copies at once
        assertEquals(html, renderer.render(parser.parse(BasedSequence.of(WorkBudget.of(markdown)))), markdown);
        return html;
    }

    /** The text renderer alone, without the rest of Hexo's extension. */
    private static final class TextOnly implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new TextRenderer());
        }
    }
}
