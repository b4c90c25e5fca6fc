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
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u001f]");
    // JavaScript's \s (Unicode spaces included) plus hexo-util's list of special characters.
    private static final Pattern SPECIAL = Pattern.compile(
            "[\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
                    + "~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^-+|-+$");
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
        String result = foldLatinDiacritics(text);
        result = CONTROL.matcher(result).replaceAll("");
        result = SPECIAL.matcher(result).replaceAll("-");
        result = EDGE_SEPARATORS.matcher(result).replaceAll("");
        return switch (filenameCase) {
            case 1 -> result.toLowerCase(Locale.ROOT);
            case 2 -> result.toUpperCase(Locale.ROOT);
            default -> result;
        };
    }

    // Only Latin letters are folded: decomposing Hangul or kana would change the text instead of its accents.
    private static String foldLatinDiacritics(String text) {
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
