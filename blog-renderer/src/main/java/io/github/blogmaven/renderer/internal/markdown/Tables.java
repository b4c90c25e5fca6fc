package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableNodeRenderer;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's GFM tables, with the paragraph pre-processor that finds them made once per parser: flexmark's
 * extension makes one for every document, which compiles the delimiter row's regular expression each time (1 % of
 * a typical post's rendering). The pre-processor keeps nothing of a document: it holds its options and that
 * pattern, and reads everything else from the parser state it is given. A paragraph whose first line has no
 * {@code |} is passed over without it. The table renderer is made once per HTML renderer too
 * ({@link SharedNodeRenderer}).
 */
final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();
    private final SharedNodeRenderer renderer = new SharedNodeRenderer(new TableNodeRenderer.Factory());

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Reused(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(renderer::of);
    }

    /**
     * flexmark's first test, made on the line's characters at once: a paragraph whose first line has no
     * {@code |} is no table, and the pre-processor returns 0 for it having changed nothing. It reads the line
     * through flexmark's sequences, several calls a character, for nearly every paragraph of a post.
     */
    static boolean firstLineHasPipe(Paragraph block) {
        List<BasedSequence> lines = block.getContentLines();
        return lines.isEmpty() || DocumentText.run(lines.get(0)).indexOf('|', 0) >= 0;
    }

    /** The extension's factory, its pre-processor made once: a parser's documents all share its options. */
    private static final class Reused implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory factory;
        private volatile ParagraphPreProcessor made;

        Reused(ParagraphPreProcessorFactory factory) {
            this.factory = factory;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor last = made;
            if (last == null) {
                ParagraphPreProcessor tables = factory.apply(state);
                last = (block, parserState) -> firstLineHasPipe(block) ? tables.preProcessBlock(block, parserState) : 0;
                made = last;
            }
            return last;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return factory.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return factory.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }
    }
}
