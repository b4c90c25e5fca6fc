package io.github.blogmaven.model.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges text that becomes (part of) an output path as a file system and a web server would read it, so that no
 * permalink, slug, directory setting or file name can lead outside the output folder. Each check is made on the
 * text as written and again after percent-decoding (repeated, so {@code %252e} is caught as well as {@code %2e}).
 */
final class PathSafety {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int DECODE_ROUNDS = 4;
    private static final int DOT_DOT = 1;
    private static final int EMPTY_OR_DOT = 2;
    private static final String PARENT = "has a '..' segment, which leads to the parent folder";

    private PathSafety() {
    }

    /**
     * Why {@code value}, placed in an output path, would lead outside the output folder, or null if it cannot: a
     * {@code ..} segment, a backslash (a separator on Windows), a NUL character, a drive letter, or a path that is
     * absolute once percent-decoded.
     */
    static String escape(String value) {
        if (!isPlain(value)) {
            return escapeInEveryForm(value);
        }
        return (segments(value) & DOT_DOT) != 0 ? PARENT : null;
    }

    /** As {@link #escape}, judging the text as written and each percent-decoded form of it. */
    static String escapeInEveryForm(String value) {
        for (String form : forms(value)) {
            boolean decoded = !form.equals(value);
            String how = decoded ? " once percent-decoded" : "";
            if (form.indexOf('\0') >= 0) {
                return "contains a NUL character" + how;
            }
            if (form.indexOf('\\') >= 0) {
                return "contains a backslash" + how + ", which Windows reads as a folder separator";
            }
            if (DRIVE.matcher(form).matches()) {
                return "starts with a drive letter" + how;
            }
            if (decoded && form.startsWith("/")) {
                return "is an absolute path" + how;
            }
            for (String segment : form.split("/", -1)) {
                if (segment.equals("..")) {
                    return "has a '..' segment" + how + ", which leads to the parent folder";
                }
            }
        }
        return null;
    }

    /**
     * Why {@code path}, a complete output path relative to the site root, is not a plain relative path, or null
     * when it is: everything {@link #escape(String)} refuses, plus a leading {@code /}, and empty or {@code .}
     * segments.
     */
    static String unsafe(String path) {
        if (path.isEmpty()) {
            return "is empty";
        }
        if (!isPlain(path)) {
            return unsafeInEveryForm(path);
        }
        int segments = segments(path);
        if ((segments & DOT_DOT) != 0) {
            return PARENT;
        }
        if (path.startsWith("/")) {
            return "is an absolute path";
        }
        return (segments & EMPTY_OR_DOT) != 0 ? "has an empty or '.' segment" : null;
    }

    /** As {@link #unsafe}, judging the text as written and each percent-decoded form of it. */
    static String unsafeInEveryForm(String path) {
        if (path.isEmpty()) {
            return "is empty";
        }
        String escape = escapeInEveryForm(path);
        if (escape != null) {
            return escape;
        }
        for (String form : forms(path)) {
            String how = form.equals(path) ? "" : " once percent-decoded";
            if (form.startsWith("/")) {
                return "is an absolute path" + how;
            }
            for (String segment : form.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".")) {
                    return "has an empty or '.' segment" + how;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code text} is judged by its segments alone: no percent-escape (its only form is itself), no
     * backslash, no NUL and no drive letter. Nearly every output path of a site is, and the build judges every one.
     */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '\\' || c == '\0') {
                return false;
            }
        }
        boolean drive = text.length() >= 2 && text.charAt(1) == ':'
                && (text.charAt(0) >= 'a' && text.charAt(0) <= 'z' || text.charAt(0) >= 'A' && text.charAt(0) <= 'Z');
        return !drive;
    }

    /** Which kinds of segment {@code path} has, split at {@code /}: {@link #DOT_DOT}, {@link #EMPTY_OR_DOT}. */
    private static int segments(String path) {
        int kinds = 0;
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                int length = i - start;
                if (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                    kinds |= DOT_DOT;
                } else if (length == 0 || length == 1 && path.charAt(start) == '.') {
                    kinds |= EMPTY_OR_DOT;
                }
                start = i + 1;
            }
        }
        return kinds;
    }

    // The text as written, then each distinct result of decoding it once more.
    private static List<String> forms(String value) {
        List<String> forms = new ArrayList<>(2);
        forms.add(value);
        String current = value;
        for (int i = 0; i < DECODE_ROUNDS && current.indexOf('%') >= 0; i++) {
            String next = percentDecode(current);
            if (next.equals(current)) {
                break;
            }
            forms.add(next);
            current = next;
        }
        return forms;
    }

    /** Decodes every {@code %XX} escape as a UTF-8 byte; anything else, malformed escapes included, stays. */
    static String percentDecode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
