package io.github.blogmaven.maven.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path of a request, percent-decoded once and refused unless it plainly names a place in the site. Refusing
 * rather than normalising is deliberate: {@code /a/../b}, {@code %2e%2e}, {@code a\b} or {@code //} never come
 * from a link in a generated site, only from someone probing for a way out of it.
 */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * The decoded form of {@code rawPath} ({@code /posts/a%20b.html} gives {@code /posts/a b.html}), or empty
     * when the path is malformed or could lead anywhere but down into the site.
     */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        return percentDecode(rawPath).filter(RequestPath::isPlain);
    }

    /**
     * Whether an already decoded path starts with {@code /}, has no control character, backslash or {@code %},
     * no {@code .} or {@code ..} segment and no empty segment except after a final {@code /}.
     */
    static boolean isPlain(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // A '%' left after the one decoding is double encoding (%252e%252e), aimed at a second decoder.
            if (Character.isISOControl(c) || c == '\\' || c == '%') {
                return false;
            }
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Browsers percent-encode everything beyond ASCII; a raw byte here has no agreed meaning.
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
