package io.github.blogmaven.renderer.internal.links;

/**
 * Finds the URLs an HTML document links to: the value of every {@code href} and {@code src} attribute, with
 * character references decoded; and, for the passes that rewrite links, every start tag with its attributes.
 * One pass, no tree, no backtracking, so a page of any size costs its length. Comments, {@code <!DOCTYPE>}, end
 * tags and the raw text of {@code <script>}, {@code <style>} and {@code <textarea>} are skipped, as a browser
 * skips them; text that only looks like a tag because it is escaped ({@code &lt;a href=...}) is not a tag.
 */
public final class HtmlLinks {
    /** Receives each URL with the offset of its first character in the scanned text. */
    @FunctionalInterface
    public interface Sink {
        void accept(String url, int offset, boolean src);

        /**
         * The attribute value {@code html[valueStart, valueEnd)} as written, character references not decoded: a
         * sink that knows many URLs already can tell them by their characters, without a string for each. By
         * default, decoded and handed to {@link #accept}.
         */
        default void acceptValue(char[] html, int valueStart, int valueEnd, boolean src) {
            accept(url(html, valueStart, valueEnd), valueStart, src);
        }
    }

    /** Receives the start tags of a document, in order, as offsets into the scanned text. */
    public interface TagVisitor {
        /** A start tag begins: {@code lt} is the offset of its {@code <}, its name is {@code html[lt + 1, nameEnd)}. */
        default void startTag(char[] html, int lt, int nameEnd) {
        }

        /**
         * An attribute with a value: its name is {@code html[nameStart, nameEnd)}, its raw value (inside the quotes,
         * character references not decoded) {@code html[valueStart, valueEnd)}; {@code quoted} tells whether quotes
         * surround it.
         */
        void attribute(char[] html, int nameStart, int nameEnd, int valueStart, int valueEnd, boolean quoted);

        /** The start tag ends with the {@code >} at {@code gt}; a tag the text leaves unfinished never ends. */
        default void endTag(int gt) {
        }
    }

    private HtmlLinks() {
    }

    /** Reports every {@code href} and {@code src} value of {@code html} to {@code sink}, in document order. */
    public static void scan(CharSequence html, Sink sink) {
        char[] chars = html.toString().toCharArray();
        scan(chars, chars.length, sink);
    }

    /** As {@link #scan(CharSequence, Sink)}, for the document {@code html[0, length)}. */
    public static void scan(char[] html, int length, Sink sink) {
        visit(html, length, reporting((text, nameStart, nameEnd, valueStart, valueEnd, quoted) -> {
        }, sink));
    }

    /**
     * {@code visitor}, also reporting every {@code href} and {@code src} value to {@code sink}: a pass that rewrites
     * links and one that collects them can then read the page once.
     */
    public static TagVisitor reporting(TagVisitor visitor, Sink sink) {
        return new TagVisitor() {
            @Override
            public void startTag(char[] html, int lt, int nameEnd) {
                visitor.startTag(html, lt, nameEnd);
            }

            @Override
            public void attribute(char[] html, int nameStart, int nameEnd, int valueStart, int valueEnd,
                    boolean quoted) {
                boolean href = is(html, nameStart, nameEnd, "href");
                if (href || is(html, nameStart, nameEnd, "src")) {
                    sink.acceptValue(html, valueStart, valueEnd, !href);
                }
                visitor.attribute(html, nameStart, nameEnd, valueStart, valueEnd, quoted);
            }

            @Override
            public void endTag(int gt) {
                visitor.endTag(gt);
            }
        };
    }

    /**
     * Reports every start tag of the document {@code chars[0, length)} and its attributes to {@code visitor}, in
     * document order. Read as an array: every page of a build is scanned, mostly before the JIT's optimizing
     * compiler has seen this class, where String.charAt costs an encoding and a bounds check per character.
     */
    public static void visit(char[] chars, int length, TagVisitor visitor) {
        int i = 0;
        while (i < length) {
            int lt = indexOf(chars, length, '<', i);
            if (lt < 0 || lt + 1 >= length) {
                return;
            }
            char next = chars[lt + 1];
            if (next == '!' && startsWith(chars, length, lt + 2, "--")) {
                i = skipPast(chars, length, lt + 4, "-->");
            } else if (next == '!' || next == '?' || next == '/') {
                i = skipPast(chars, length, lt + 2, ">");
            } else if (isLetter(next)) {
                i = tag(chars, length, lt + 1, visitor);
            } else {
                i = lt + 1;
            }
        }
    }

    /** Reads a start tag from its name at {@code start}; returns where scanning goes on. */
    private static int tag(char[] chars, int length, int start, TagVisitor visitor) {
        int i = start;
        while (i < length && isNameChar(chars[i])) {
            i++;
        }
        int nameEnd = i;
        visitor.startTag(chars, start - 1, nameEnd);
        while (i < length) {
            char c = chars[i];
            if (c == '>') {
                visitor.endTag(i);
                return afterTag(chars, length, start, nameEnd, i + 1);
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && !isSpace(chars[i]) && !isNameEnd(chars[i])) {
                i++;
            }
            int nameStop = i;
            while (i < length && isSpace(chars[i])) {
                i++;
            }
            if (i >= length || chars[i] != '=') {
                continue;
            }
            i++;
            while (i < length && isSpace(chars[i])) {
                i++;
            }
            if (i >= length) {
                return length;
            }
            int valueStart;
            int valueEnd;
            char quote = chars[i];
            boolean quoted = quote == '"' || quote == '\'';
            if (quoted) {
                valueStart = i + 1;
                valueEnd = indexOf(chars, length, quote, valueStart);
                if (valueEnd < 0) {
                    return length;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < length && !isSpace(chars[i]) && chars[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            visitor.attribute(chars, nameStart, nameStop, valueStart, valueEnd, quoted);
        }
        return length;
    }

    // The content of these elements is raw text up to their end tag, whatever it looks like.
    private static int afterTag(char[] chars, int length, int nameStart, int nameEnd, int from) {
        String name = is(chars, nameStart, nameEnd, "script") ? "script" : is(chars, nameStart, nameEnd, "style")
                ? "style" : is(chars, nameStart, nameEnd, "textarea") ? "textarea" : null;
        if (name != null) {
            String end = "</" + name;
            for (int i = indexOf(chars, length, '<', from); i >= 0; i = indexOf(chars, length, '<', i + 1)) {
                if (startsWithIgnoreCase(chars, length, i, end)) {
                    return i;
                }
            }
            return length;
        }
        return from;
    }

    /** The URL an attribute value {@code html[valueStart, valueEnd)} holds: character references decoded, stripped. */
    public static String url(char[] html, int valueStart, int valueEnd) {
        return decode(new String(html, valueStart, valueEnd - valueStart)).strip();
    }

    /** Decodes the character references a URL in an attribute may hold: named XML ones and numeric ones. */
    static String decode(String value) {
        int amp = value.indexOf('&');
        if (amp < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length()).append(value, 0, amp);
        int i = amp;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 10) {
                String entity = value.substring(i + 1, semicolon);
                String decoded = entity(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int indexOf(char[] chars, int length, char c, int from) {
        for (int i = from; i < length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] chars, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (chars[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipPast(char[] chars, int length, int from, String end) {
        for (int i = indexOf(chars, length, end.charAt(0), from); i >= 0;
                i = indexOf(chars, length, end.charAt(0), i + 1)) {
            if (startsWith(chars, length, i, end)) {
                return i + end.length();
            }
        }
        return length;
    }

    /** Whether {@code text[from, to)} is {@code word}, ignoring ASCII case: an element or attribute name. */
    public static boolean is(String text, int from, int to, String word) {
        if (to - from != word.length() || to > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (asciiLower(text.charAt(from + k)) != asciiLower(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #is(String, int, int, String)}, in an array whose text runs at least to {@code to}. */
    public static boolean is(char[] chars, int from, int to, String word) {
        return to - from == word.length() && startsWithIgnoreCase(chars, to, from, word);
    }

    // ASCII case only, as HTML's names are compared: no Unicode folding (U+212A KELVIN SIGN is not "k").
    private static boolean startsWithIgnoreCase(char[] chars, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (asciiLower(chars[at + k]) != asciiLower(prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    // The classes of the ASCII characters, looked up rather than tested: C1, which compiles most of a build's code,
    // calls these tests out of line at every character of every tag.
    private static final byte LETTER = 1;
    private static final byte NAME = 2;
    private static final byte SPACE = 4;
    private static final byte NAME_END = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER | NAME;
            ASCII[c - 'a' + 'A'] = LETTER | NAME;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = NAME;
        }
        for (char c : new char[] {'-', ':', '_'}) {
            ASCII[c] = NAME;
        }
        for (char c : new char[] {' ', '\t', '\n', '\r', '\f'}) {
            ASCII[c] = SPACE;
        }
        for (char c : new char[] {'=', '>', '/'}) {
            ASCII[c] = NAME_END;
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 && (ASCII[c] & LETTER) != 0;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (ASCII[c] & NAME) != 0;
    }

    private static boolean isNameEnd(char c) {
        return c < 128 && (ASCII[c] & NAME_END) != 0;
    }

    private static boolean isSpace(char c) {
        return c < 128 && (ASCII[c] & SPACE) != 0;
    }
}
