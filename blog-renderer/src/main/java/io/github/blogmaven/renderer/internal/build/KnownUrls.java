package io.github.blogmaven.renderer.internal.build;

import java.util.Arrays;

/**
 * A set of URLs looked up by the characters of a page that hold one, so that a URL the set knows costs no string.
 * Open addressing; it stops taking URLs when full rather than growing without bound. For one thread.
 */
final class KnownUrls {
    private final char[][] urls;
    private final int[] hashes;
    private final int capacity;
    private int size;

    /** A set for up to {@code capacity} URLs. */
    KnownUrls(int capacity) {
        this.capacity = capacity;
        int slots = Integer.highestOneBit(Math.max(capacity, 8) * 2 - 1) * 2;
        this.urls = new char[slots][];
        this.hashes = new int[slots];
    }

    /** Whether the set holds the URL {@code chars[from, to)}. */
    boolean contains(char[] chars, int from, int to) {
        int hash = hash(chars, from, to);
        int mask = urls.length - 1;
        for (int slot = hash & mask; urls[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(urls[slot], 0, urls[slot].length, chars, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code url} unless the set is full. */
    void add(String url) {
        if (size >= capacity) {
            return;
        }
        char[] chars = url.toCharArray();
        int hash = hash(chars, 0, chars.length);
        int mask = urls.length - 1;
        int slot = hash & mask;
        while (urls[slot] != null) {
            if (hashes[slot] == hash && Arrays.equals(urls[slot], chars)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        urls[slot] = chars;
        hashes[slot] = hash;
        size++;
    }

    private static int hash(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash ^ (hash >>> 16);
    }
}
