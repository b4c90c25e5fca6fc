package io.github.blogmaven.renderer.internal.markdown;

/**
 * The text flexmark reads, counting every character it reads, so that a document whose parsing goes quadratic
 * is stopped after a fixed amount of work instead of running for minutes.
 *
 * <p>flexmark reads its input through {@code charAt}; ordinary Markdown reads each character 5 to 20 times,
 * while the pathological inputs of the CommonMark suite (runs of {@code [a](b}, of backticks, of unmatched
 * emphasis) read it thousands of times. Counting reads rather than timing them makes the outcome the same on
 * every machine. One budget serves one document on one thread.
 */
final class WorkBudget implements CharSequence {
    /** Reads allowed for every character of the document, on top of {@link #BASE}. */
    static final long PER_CHARACTER = 100;
    /** Reads allowed for any document, however short. */
    static final long BASE = 50_000_000;

    /** Thrown from {@code charAt} when the budget is spent; carries no stack trace, as it is expected. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("work budget exhausted", null, false, false);
        }
    }

    private static final class Counter {
        private final long limit;
        private long used;

        Counter(long limit) {
            this.limit = limit;
        }
    }

    /**
     * The document's characters, shared by its subsequences. An array rather than the {@code String}: flexmark
     * reads every character many times, mostly before the JIT's optimizing compiler gets to it, and an array read
     * is cheaper there than {@code String.charAt}, which checks the string's encoding and bounds on every call.
     */
    private final char[] text;
    private final int start;
    private final int end;
    private final Counter counter;

    private WorkBudget(char[] text, int start, int end, Counter counter) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.counter = counter;
    }

    /** {@code text} with the budget its length allows. */
    static WorkBudget of(String text) {
        return of(text.toCharArray());
    }

    /**
     * The characters {@code text}, with the budget their number allows. The budget keeps the array, with U+0000
     * made U+FFFD as flexmark reads it, so that {@link DocumentText} can hand out runs of it that read as flexmark's
     * sequences do.
     */
    static WorkBudget of(char[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\0') {
                text[i] = '\uFFFD';
            }
        }
        return new WorkBudget(text, 0, text.length, new Counter(BASE + PER_CHARACTER * text.length));
    }

    /** The characters read, never to be changed: {@code charAt(i)} is {@code array()[offset() + i]}, uncounted. */
    char[] array() {
        return text;
    }

    int offset() {
        return start;
    }

    /** How many reads were made so far. */
    long used() {
        return counter.used;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        // Counted here rather than through spend(1): flexmark calls this for every character it reads, and C1 does
        // not inline a method that throws.
        Counter reads = counter;
        if (++reads.used > reads.limit) {
            throw exhausted();
        }
        if (index < 0 || index >= end - start) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + (end - start));
        }
        return text[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException("subSequence(" + from + ", " + to + ") of " + length());
        }
        return new WorkBudget(text, start + from, start + to, counter);
    }

    @Override
    public String toString() {
        spend(length());
        return new String(text, start, end - start);
    }

    private void spend(long reads) {
        counter.used += reads;
        if (counter.used > counter.limit) {
            throw exhausted();
        }
    }

    private static Exhausted exhausted() {
        return new Exhausted();
    }
}
