package io.github.blogmaven.renderer.internal.theme;

import java.io.Writer;
import java.util.Arrays;

/**
 * The text a template writes, kept as an array the link pass and the UTF-8 encoder read directly. A
 * {@code StringWriter} locks its buffer on every write, thousands a page, and its text has to be copied into a
 * {@code String} and again into an array before it is read. A render thread {@linkplain #clear() clears} and
 * reuses one for page after page, so its array is not allocated, grown and dropped for each. Not thread-safe: one
 * page, one thread.
 */
public final class PageText extends Writer {
    private char[] chars;
    private int length;

    public PageText(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** Empties the text, keeping the array for the next page. */
    public void clear() {
        length = 0;
    }

    /** The size of the array, so a user can drop one grown by an unusually large page. */
    public int capacity() {
        return chars.length;
    }

    /** The text so far: {@code chars()[0, length())}; the array is the buffer itself, for reading only. */
    public char[] chars() {
        return chars;
    }

    public int length() {
        return length;
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    @Override
    public void write(char[] text, int offset, int count) {
        ensure(count);
        System.arraycopy(text, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String text, int offset, int count) {
        ensure(count);
        text.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void ensure(int more) {
        if (more > chars.length - length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }
}
