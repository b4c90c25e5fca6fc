package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Display math on lines of its own, from a line starting with {@code $$} to a line ending with {@code $$}. */
final class MathBlock extends Block {
    private String tex = "";

    /** The TeX between the delimiters, as written, line breaks included. */
    String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
