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

    private PathSafety() {
    }

    /**
     * Why {@code value}, placed in an output path, would lead outside the output folder, or null if it cannot: a
     * {@code ..} segment, a backslash (a separator on Windows), a NUL character, a drive letter, or a path that is
     * absolute once percent-decoded.
     */
    static String escape(String value) {
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
        String escape = escape(path);
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
