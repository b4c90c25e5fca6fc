package io.github.blogmaven.renderer.internal.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The check every path of the output passes before anything is written or deleted there: relative, with
 * {@code /} separators, and inside the output directory however it is read. A web server percent-decodes a URL
 * before it maps it to a file, and Windows reads {@code \} and {@code C:} as path syntax, so the path is checked
 * as written and again after each round of percent-decoding ({@code %2e%2e/}, {@code %252e%252e/},
 * {@code ..%2f}).
 */
public final class OutputPath {
    /** Enough rounds to undo any encoding seen in practice; a path that still decodes further is refused. */
    private static final int DECODING_ROUNDS = 4;

    private OutputPath() {
    }

    /**
     * {@code path} when it may be written below {@code root}.
     *
     * @throws IOException naming the path and why it is refused
     */
    public static String check(Path root, String path) throws IOException {
        if (path == null || path.isEmpty()) {
            throw refused(path, "it is empty");
        }
        String form = path;
        for (int round = 0; ; round++) {
            String reason = reasonToRefuse(form);
            if (reason != null) {
                throw refused(path, round == 0 ? reason : reason + " once percent-decoded ('" + form + "')");
            }
            String decoded = percentDecoded(form);
            if (decoded.equals(form)) {
                break;
            }
            if (round == DECODING_ROUNDS) {
                throw refused(path, "it is percent-encoded more than " + DECODING_ROUNDS + " times over");
            }
            form = decoded;
        }
        if (path.endsWith("/")) {
            throw refused(path, "it names a folder, not a file");
        }
        if (path.equals(Manifest.FILE_NAME)) {
            throw refused(path, "the name is reserved for the list of files blog-maven wrote");
        }
        if (path.equals(ScratchFile.FILE_NAME)) {
            throw refused(path, "the name is reserved for blog-maven's scratch file");
        }
        Path target;
        try {
            target = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw refused(path, e.getMessage());
        }
        if (!target.startsWith(root) || target.equals(root)) {
            throw refused(path, "it is outside the output directory " + root);
        }
        return path;
    }

    private static String reasonToRefuse(String form) {
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return c == 0 ? "it contains a NUL character" : "it contains a control character";
            }
            if (c == '\\') {
                return "it contains a backslash, a folder separator on Windows";
            }
        }
        if (form.startsWith("/")) {
            return "it is absolute";
        }
        if (form.length() >= 2 && form.charAt(1) == ':' && isAsciiLetter(form.charAt(0))) {
            return "it starts with a Windows drive letter";
        }
        for (String segment : form.split("/", -1)) {
            if (segment.equals("..")) {
                return "it has a '..' segment";
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code %XX} escapes decoded as UTF-8 bytes; anything else, including a malformed escape, kept. */
    static String percentDecoded(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && hex(value.charAt(i + 1)) >= 0
                    && hex(value.charAt(i + 2)) >= 0) {
                bytes.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                bytes.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The value of an ASCII hex digit, or -1: a web server decodes no other digits. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static IOException refused(String path, String reason) {
        return new IOException("refusing to write '" + path + "': " + reason);
    }
}
