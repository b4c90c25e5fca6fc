package io.github.blogmaven.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hexo's {@code slugize} (hexo-util), which makes URL slugs and heading ids: accents folded, control
 * characters removed, runs of ASCII punctuation and whitespace turned into one {@code -}, leading and trailing
 * separators trimmed, and every other character, CJK included, kept as it is.
 */
public final class Slug {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Slug() {
    }

    /** The slug of {@code text} with its case kept ({@code filename_case: 0}). */
    public static String slugize(String text) {
        return slugize(text, 0);
    }

    /**
     * The slug of {@code text}.
     *
     * @param filenameCase {@code filename_case}: 0 keeps case, 1 lower-cases, 2 upper-cases
     */
    public static String slugize(String text, int filenameCase) {
        String result = separated(foldLatinDiacritics(text));
        return switch (filenameCase) {
            case 1 -> result.toLowerCase(Locale.ROOT);
            case 2 -> result.toUpperCase(Locale.ROOT);
            default -> result;
        };
    }

    /**
     * {@code text} without control characters, each run of separators made one {@code -} and none at either end: in
     * one pass, as the build slugs every tag and heading of every post.
     */
    private static String separated(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= '\u001f') {
                continue; // removed before separators are looked for, so a run goes on across it
            }
            if (isSeparator(c)) {
                separator = true;
                continue;
            }
            if (separator && !out.isEmpty()) {
                out.append('-');
            }
            separator = false;
            out.append(c);
        }
        return out.toString();
    }

    // JavaScript's \s (Unicode spaces included) and hexo-util's list of special characters.
    private static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c == ' ' || "~`!@#$%^&*()-_+=[]{}|\\;:\"'<>,.?/".indexOf(c) >= 0;
        }
        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    // Only Latin letters are folded: decomposing Hangul or kana would change the text instead of its accents.
    private static String foldLatinDiacritics(String text) {
        if (!hasLatinDiacritics(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u00c0' && c <= '\u024f') || (c >= '\u1e00' && c <= '\u1eff')) {
                out.append(fold(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasLatinDiacritics(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u00c0' && c <= '\u024f') || (c >= '\u1e00' && c <= '\u1eff')) {
                return true;
            }
        }
        return false;
    }

    private static String fold(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'Æ' -> "AE";
            case 'æ' -> "ae";
            case 'Ø' -> "O";
            case 'ø' -> "o";
            case 'Œ' -> "OE";
            case 'œ' -> "oe";
            case 'Đ' -> "D";
            case 'đ' -> "d";
            case 'Ł' -> "L";
            case 'ł' -> "l";
            case 'Þ' -> "TH";
            case 'þ' -> "th";
            case 'Ð' -> "D";
            case 'ð' -> "d";
            default -> COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                    .replaceAll("");
        };
    }
}
