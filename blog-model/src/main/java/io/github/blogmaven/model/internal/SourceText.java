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
        return read(file, path, Files.size(file), problems);
    }

    /**
     * As {@link #read(Path, String, Problems)}, for a file whose size is known already (the walk found it): a file
     * that grew past the limit since is refused all the same.
     */
    static String read(Path file, String path, long size, Problems problems) throws IOException {
        if (size > MAX_BYTES) {
            return tooLarge(path, size, problems);
        }
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length > MAX_BYTES ? tooLarge(path, bytes.length, problems) : decode(path, bytes, problems);
    }

    private static String tooLarge(String path, long size, Problems problems) {
        problems.add(path, 0, 0, null, "is " + size + " bytes, more than the " + MAX_BYTES / (1024 * 1024)
                + " MiB a Markdown, YAML or JSON source file may have; it is not read", Hints.TOO_LARGE);
        return null;
    }

    /** The text of {@code bytes}, or null after adding to {@code problems} why they are not UTF-8. */
    static String decode(String path, byte[] bytes, Problems problems) {
        String foreign = foreignByteOrderMark(bytes);
        if (foreign != null) {
            problems.add(path, 1, 1, null, "is encoded as " + foreign + " (it starts with that byte-order mark); "
                    + "blog-maven reads UTF-8 only", Hints.RESAVE_UTF8);
            return null;
        }
        String common = decodeCommon(bytes);
        if (common != null) {
            return normalise(common);
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

    /**
     * The text of {@code bytes} when they are UTF-8 of one- to three-byte sequences only, all well formed, as nearly
     * every source file is (markup and CJK text); else null, for the strict decoder to read or report. The JDK's
     * decoder goes through more cases for every character: in the C1 code that reads a build's sources, this takes
     * half its time.
     */
    static String decodeCommon(byte[] bytes) {
        char[] chars = new char[bytes.length];
        int n = 0;
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            int b = bytes[i];
            if (b >= 0) {
                chars[n++] = (char) b;
                i++;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < length) {
                int b2 = bytes[i + 1];
                int b3 = bytes[i + 2];
                char c = (char) ((b & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F);
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || c < 0x800 || Character.isSurrogate(c)) {
                    return null; // a continuation byte missing, an overlong form or a surrogate
                }
                chars[n++] = c;
                i += 3;
            } else if ((b & 0xE0) == 0xC0 && (b & 0x1E) != 0 && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
                chars[n++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
                i += 2;
            } else {
                return null;
            }
        }
        return new String(chars, 0, n);
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
