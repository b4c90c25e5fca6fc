package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** TeX math inside a paragraph: {@code $...$}, or {@code $$...$$} for display math. */
final class MathInline extends Node {
    private final String tex;
    private final boolean display;

    MathInline(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    /** The TeX between the delimiters, as written. */
    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
