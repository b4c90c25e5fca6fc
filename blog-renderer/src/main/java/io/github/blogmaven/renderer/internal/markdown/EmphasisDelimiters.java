package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;

/**
 * flexmark's {@code *} and {@code _} emphasis with two fixes.
 *
 * <p>flexmark 0.64.8 applies the old "multiple of 3" rule without the exception the CommonMark spec added in
 * 0.29: runs whose lengths are both multiples of 3 may match. Without it {@code 于***Redis创始人***共同}, common
 * in Chinese posts and rendered fine by marked, stays literal asterisks. And a run of three on both sides
 * nests as {@code <strong><em>}, the form Hexo blogs and their tests expect.
 */
final class EmphasisDelimiters {
    private EmphasisDelimiters() {
    }

    /** How many delimiters an opener and a closer use, or 0 if they cannot match. */
    static int use(DelimiterRun opener, DelimiterRun closer) {
        if ((opener.canClose() || closer.canOpen()) && closer.length() % 3 != 0
                && (opener.length() + closer.length()) % 3 == 0) {
            return 0;
        }
        if (opener.length() < 3 || closer.length() < 3) {
            return Math.min(opener.length(), closer.length());
        }
        // Both odd (***x***): take one first, so the emphasis is innermost and the strong wraps it.
        return opener.length() % 2 == 1 && closer.length() % 2 == 1 ? 1 : 2;
    }

    /** {@code *} emphasis. */
    static final class Asterisk extends AsteriskDelimiterProcessor {
        Asterisk() {
            super(true);
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return use(opener, closer);
        }
    }

    /** {@code _} emphasis. */
    static final class Underscore extends UnderscoreDelimiterProcessor {
        Underscore() {
            super(true);
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return use(opener, closer);
        }
    }
}
