package io.github.blogmaven.renderer.internal.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML helpers of hexo-util that Hexo's tag plugins build their output with, ported so the output is the
 * same character for character: {@code escapeHTML}, {@code htmlTag} and {@code encodeURL}.
 */
final class HexoHtml {
    // hexo-util escape_html.ts: also '/', '=' and '`'; an existing character reference is kept
    private static final Pattern ESCAPE =
            Pattern.compile("[<>\"'`/=]|&(?!(#\\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\\w+);)");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(cite|download|href|src|url)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROTOCOL = Pattern.compile("^[a-zA-Z0-9.+-]+:");
    // WHATWG "special" schemes, whose URLs Node's URL class normalises; others have an opaque origin
    private static final Pattern SPECIAL = Pattern.compile("^(https?|ftp|wss?)://([^/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String URI_KEEP = "-_.!~*'();,/?:@&=+$#";
    private static final String URI_RESERVED = ";/?:@&=+$,#";
    private static final String HEX = "0123456789ABCDEF";

    private HexoHtml() {
    }

    /** hexo-util {@code escapeHTML}. */
    static String escape(String text) {
        Matcher matcher = ESCAPE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            out.append(text, last, matcher.start()).append(switch (text.charAt(matcher.start())) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '`' -> "&#96;";
                case '/' -> "&#x2F;";
                default -> "&#x3D;";
            });
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    /** Escapes text for an element's content or a quoted attribute, leaving nothing else changed. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Attributes in the order given, as {@link #tag} takes them. */
    static Map<String, Object> attributes(Object... namesAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /**
     * hexo-util {@code htmlTag}: a {@code null} attribute is left out, {@code true} (or a value equal to its name)
     * is written bare, URL attributes are {@link #encodeUrl encoded} and the others escaped; {@code null} content
     * makes a void element.
     */
    static String tag(String name, Map<String, Object> attributes, String content, boolean escapeContent) {
        StringBuilder out = new StringBuilder("<").append(escape(name));
        attributes.forEach((attribute, value) -> {
            if (value == null) {
                return;
            }
            String text = String.valueOf(value);
            if (URL_ATTRIBUTE.matcher(attribute).find()) {
                out.append(' ').append(escape(attribute)).append("=\"").append(encodeUrl(text)).append('"');
            } else if (Boolean.TRUE.equals(value) || attribute.equals(text)) {
                out.append(' ').append(escape(attribute));
            } else {
                out.append(' ').append(escape(attribute)).append("=\"").append(escape(text)).append('"');
            }
        });
        if (content == null) {
            return out.append('>').toString();
        }
        String body = escapeContent && !content.isEmpty() ? escape(content) : content;
        return out.append('>').append(body).append("</").append(escape(name)).append('>').toString();
    }

    /**
     * hexo-util {@code encodeURL}: a path is decoded and encoded again as {@code encodeURI} does, so existing
     * escapes stay and nothing is encoded twice; an {@code http(s)} URL gets its path encoded, its query in
     * form encoding and {@code /} as the path of a bare host.
     */
    static String encodeUrl(String url) {
        if (!PROTOCOL.matcher(url).find()) {
            return encodeUri(decode(url, ""));
        }
        Matcher special = SPECIAL.matcher(url);
        if (!special.matches()) {
            return url;
        }
        String path = special.group(3).isEmpty() ? "/" : encodeUri(decode(special.group(3), URI_RESERVED));
        String query = special.group(4) == null ? "" : formEncode(special.group(4).substring(1));
        String fragment = special.group(5) == null ? "" : fragment(special.group(5));
        return special.group(1).toLowerCase(Locale.ROOT) + "://" + special.group(2).toLowerCase(Locale.ROOT) + path
                + (query.isEmpty() ? "" : "?" + query) + fragment;
    }

    // JavaScript's encodeURI
    private static String encodeUri(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAlphanumeric(c) || URI_KEEP.indexOf(c) >= 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                appendEncoded(out, text.substring(i, end));
                i = end - 1;
            }
        }
        return out.toString();
    }

    // URLSearchParams(query).toString(): every name and value in application/x-www-form-urlencoded
    private static String formEncode(String query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (out.length() > 0) {
                out.append('&');
            }
            formComponent(out, decode(name.replace('+', ' '), ""));
            out.append('=');
            formComponent(out, decode(value.replace('+', ' '), ""));
        }
        return out.toString();
    }

    private static void formComponent(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAlphanumeric(c) || "*-._".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                appendEncoded(out, text.substring(i, end));
                i = end - 1;
            }
        }
    }

    private static String fragment(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length());
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c > 0x7E || c < 0x21) {
                int end = Character.isHighSurrogate(c) && i + 1 < fragment.length() ? i + 2 : i + 1;
                appendEncoded(out, fragment.substring(i, end));
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Decodes the {@code %XX} escapes of {@code text} as UTF-8, except those of the characters in {@code keep}
     * (decodeURI keeps the reserved ones); a sequence that is not UTF-8 stays as written.
     */
    private static String decode(String text, String keep) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isEscape(text, i)) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (isEscape(text, i)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            }
            String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            if (decoded.indexOf('\uFFFD') >= 0) {
                out.append(text, start, i);
                continue;
            }
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                if (keep.indexOf(c) >= 0) {
                    appendEncoded(out, String.valueOf(c));
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && text.charAt(i) == '%' && isHex(text.charAt(i + 1))
                && isHex(text.charAt(i + 2));
    }

    private static void appendEncoded(StringBuilder out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
