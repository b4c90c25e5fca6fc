package io.github.blogmaven.renderer.internal.markdown;

/**
 * Which characters are written without spaces between words: Chinese, Japanese and their punctuation.
 *
 * <p>Korean is left out on purpose: Hangul separates words with spaces, so a line break between two Hangul
 * words stands for a space. This is the rule of CSS Text Level 3 for segment breaks between East Asian
 * characters, which exempts Hangul for the same reason.
 */
final class Cjk {
    private Cjk() {
    }

    /** Whether a line break between two such characters is no space at all. */
    static boolean joinsWithoutSpace(int codePoint) {
        if (codePoint < 0x2e80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HANGUL) {
            return false;
        }
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HIRAGANA;
    }
}
