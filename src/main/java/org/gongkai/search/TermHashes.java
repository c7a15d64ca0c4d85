package org.gongkai.search;

import java.util.Arrays;

/**
 * A set of 32-bit term hashes (FNV-1a over the term's UTF-8 bytes, as the browser index shards terms): the terms a
 * disclosure's documents hold, and so the terms whose entries a rebuild must write again when it changes. A
 * collision only makes a rebuild write one more entry, the same bytes as before. Not thread-safe.
 */
public final class TermHashes {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;
    /** Open addressing with 0 as the empty slot; 0 itself is held apart. */
    private int[] slots = new int[256];
    private int size;
    private boolean hasZero;

    /** FNV-1a over UTF-8 bytes. */
    public static int of(byte[] bytes, int offset, int length) {
        int h = FNV_OFFSET;
        for (int i = offset; i < offset + length; i++) {
            h ^= bytes[i] & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    /** FNV-1a over the UTF-8 encoding of {@code chars}, encoded on the way: the analyzer hands out UTF-16. */
    public static int of(char[] chars, int length) {
        int h = FNV_OFFSET;
        for (int i = 0; i < length; i++) {
            int c = chars[i];
            if (Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                c = Character.toCodePoint(chars[i], chars[++i]);
            } else if (Character.isSurrogate(chars[i])) {
                c = 0xFFFD; // as Lucene stores a lone surrogate in a term
            }
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | c >> 6)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            } else if (c < 0x10000) {
                h = (h ^ (0xE0 | c >> 12)) * FNV_PRIME;
                h = (h ^ (0x80 | c >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            } else {
                h = (h ^ (0xF0 | c >> 18)) * FNV_PRIME;
                h = (h ^ (0x80 | c >> 12 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | c >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            }
        }
        return h;
    }

    public void add(int hash) {
        if (hash == 0) {
            hasZero = true;
            return;
        }
        int mask = slots.length - 1;
        int at = mix(hash) & mask;
        while (slots[at] != 0) {
            if (slots[at] == hash) {
                return;
            }
            at = (at + 1) & mask;
        }
        slots[at] = hash;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    public void addAll(int[] hashes) {
        for (int hash : hashes) {
            add(hash);
        }
    }

    public boolean contains(int hash) {
        if (hash == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int at = mix(hash) & mask;
        while (slots[at] != 0) {
            if (slots[at] == hash) {
                return true;
            }
            at = (at + 1) & mask;
        }
        return false;
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    /** The hashes, ascending: stored with a disclosure, the same bytes for the same terms. */
    public int[] toSortedArray() {
        int[] out = new int[size()];
        int n = 0;
        if (hasZero) {
            out[n++] = 0;
        }
        for (int slot : slots) {
            if (slot != 0) {
                out[n++] = slot;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** FNV's low bits are weak for short keys; a multiply spreads them over the table. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int slot : old) {
            if (slot != 0) {
                add(slot);
            }
        }
    }
}
