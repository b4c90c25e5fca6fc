package io.github.blogmaven.model.internal;

import java.nio.charset.StandardCharsets;

/** Decodes a source file the way Hexo sees it: UTF-8, byte-order mark removed, every line ending a {@code \n}. */
final class SourceText {
    private SourceText() {
    }

    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return normalise(text);
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
}
