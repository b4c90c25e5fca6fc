package io.github.blogmaven.model.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Reads a source file the way Hexo sees it: UTF-8, byte-order mark removed, every line ending a {@code \n}.
 *
 * <p>Unlike a plain {@code new String(bytes, UTF_8)}, which silently turns bad bytes into U+FFFD, invalid UTF-8
 * is a problem at its line and column, and a UTF-16 or UTF-32 byte-order mark is reported as an encoding
 * blog-maven does not read. A file larger than {@link #MAX_BYTES} is refused before it is read.
 */
final class SourceText {
    /** The largest Markdown, YAML or JSON file read: 10 MiB. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] UTF32_BE = {0, 0, (byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF32_LE = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};

    private SourceText() {
    }

    /**
     * The text of {@code file}, or null after adding to {@code problems} why it cannot be used: too large, not
     * UTF-8.
     *
     * @param path the file relative to the project, for messages
     * @throws IOException when the file cannot be read at all
     */
    static String read(Path file, String path, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.add(path, 0, 0, null, "is " + size + " bytes, more than the " + MAX_BYTES / (1024 * 1024)
                    + " MiB a Markdown, YAML or JSON source file may have; it is not read", Hints.TOO_LARGE);
            return null;
        }
        return decode(path, Files.readAllBytes(file), problems);
    }

    /** The text of {@code bytes}, or null after adding to {@code problems} why they are not UTF-8. */
    static String decode(String path, byte[] bytes, Problems problems) {
        String foreign = foreignByteOrderMark(bytes);
        if (foreign != null) {
            problems.add(path, 1, 1, null, "is encoded as " + foreign + " (it starts with that byte-order mark); "
                    + "blog-maven reads UTF-8 only", Hints.RESAVE_UTF8);
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int length = Math.min(result.length(), bytes.length - bad);
            out.flip();
            int[] position = position(out);
            problems.add(path, position[0], position[1], null, "is not valid UTF-8: "
                    + (length == 1 ? "byte " : "bytes ") + hex(bytes, bad, Math.max(1, length)) + " at byte offset "
                    + bad + " cannot be decoded", Hints.RESAVE_UTF8);
            return null;
        }
        out.flip();
        return normalise(out.toString());
    }

    static String normalise(String text) {
        String result = text;
        if (!result.isEmpty() && result.charAt(0) == '\uFEFF') {
            result = result.substring(1);
        }
        if (result.indexOf('\r') >= 0) {
            result = result.replace("\r\n", "\n").replace('\r', '\n');
        }
        return result;
    }

    // The 1-based line and column just after the text decoded so far, counting CR, LF and CRLF as one line break
    // each, a tab as one column, a supplementary character as one column, and the UTF-8 byte-order mark as none.
    private static int[] position(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else if (!(i == 0 && c == '\uFEFF') && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String foreignByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, UTF32_BE)) {
            return "UTF-32BE";
        }
        if (startsWith(bytes, UTF32_LE)) {
            return "UTF-32LE";
        }
        if (startsWith(bytes, UTF16_BE)) {
            return "UTF-16BE";
        }
        if (startsWith(bytes, UTF16_LE)) {
            return "UTF-16LE";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + length && i < bytes.length; i++) {
            out.append(out.length() == 0 ? "" : " ").append("0x").append(HexFormat.of().withUpperCase()
                    .toHexDigits(bytes[i]));
        }
        return out.toString();
    }
}
