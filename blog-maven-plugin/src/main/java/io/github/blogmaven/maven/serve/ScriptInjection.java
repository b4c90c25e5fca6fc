package io.github.blogmaven.maven.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the live-reload script to a page as it is sent; the file on disk stays as the generator wrote it.
 *
 * <p>The page is searched as bytes, not decoded, so everything but the tag passes through untouched: in UTF-8,
 * which the generator writes, no multi-byte character contains an ASCII byte, so {@code </body>} can only be
 * that.
 */
final class ScriptInjection {
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private ScriptInjection() {
    }

    /** {@code page} with {@code tag} just before its last {@code </body>} (any case), or at its end if none. */
    static byte[] inject(byte[] page, String tag) {
        byte[] insert = tag.getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        if (at < 0) {
            at = page.length;
        }
        byte[] out = new byte[page.length + insert.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(page, at, out, at + insert.length, page.length - at);
        return out;
    }

    private static int lastBodyEnd(byte[] page) {
        for (int start = page.length - BODY_END.length; start >= 0; start--) {
            if (matchesAt(page, start)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] page, int start) {
        for (int i = 0; i < BODY_END.length; i++) {
            byte b = page[start + i];
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
            if (lower != BODY_END[i]) {
                return false;
            }
        }
        return true;
    }
}
