package org.gongkai.search.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.search.TermHashes;

/**
 * Reads back one published shard of one kind, its term file and its positions file in step, entry by entry, so
 * that a rebuild can keep the entries of the terms it did not touch as they are, byte for byte, and read the levels
 * of those that a phrase needs.
 */
final class ShardEntries {

    private final byte[] terms;
    private final byte[] positions;
    private final int count;
    private int read;
    private int termAt;
    private int positionAt;

    // The entry the reader stands on.
    private int termStart;
    private int termEnd;
    private int positionStart;
    private int positionEnd;
    private int nameStart;
    private int nameLength;
    private int docCount;
    private long weight;
    private int docsAt;
    private int hash;

    ShardEntries(byte[] terms, byte[] positions) {
        this.terms = terms;
        this.positions = positions;
        int[] at = {0};
        this.count = (int) varint(terms, at);
        this.termAt = at[0];
        at[0] = 0;
        if (varint(positions, at) != count) {
            throw new IllegalStateException("term and positions files disagree");
        }
        this.positionAt = at[0];
    }

    /** Moves to the next entry; false after the last. */
    boolean next() {
        if (read == count) {
            return false;
        }
        read++;
        int[] at = {termAt};
        termStart = at[0];
        nameLength = (int) varint(terms, at);
        nameStart = at[0];
        at[0] += nameLength;
        hash = TermHashes.of(terms, nameStart, nameLength);
        docCount = (int) varint(terms, at);
        weight = varint(terms, at);
        docsAt = at[0];
        int flags = terms[at[0]++] & 0xFF;
        int docBytes = (int) varint(terms, at);
        at[0] += docBytes;
        if ((flags & Postings.NO_LEVELS) == 0) {
            at[0] += (flags & Postings.NIBBLES) != 0 ? (docCount + 1) / 2 : docCount;
        }
        termEnd = termAt = at[0];
        at[0] = positionAt;
        positionStart = at[0];
        int length = (int) varint(positions, at);
        at[0] += length;
        int size = (int) varint(positions, at);
        positionEnd = positionAt = at[0] + size;
        return true;
    }

    String term() {
        return new String(terms, nameStart, nameLength, StandardCharsets.UTF_8);
    }

    /** The term's hash ({@link TermHashes}), worked out once an entry. */
    int hash() {
        return hash;
    }

    long weight() {
        return weight;
    }

    /** Copies the entry as it stands into {@code out}. */
    void copyTo(ShardFile out) {
        out.addEncoded(terms, termStart, termEnd - termStart, positions, positionStart, positionEnd - positionStart);
    }

    /** The entry's documents, ascending, as the browser numbers them. */
    int[] docs() {
        int[] at = {docsAt};
        int flags = terms[at[0]++] & 0xFF;
        int length = (int) varint(terms, at);
        int[] docs = new int[docCount];
        if ((flags & Postings.BITSET) != 0) {
            int n = 0;
            for (int i = 0; i < length; i++) {
                int b = terms[at[0] + i] & 0xFF;
                for (int bit = 0; bit < 8; bit++) {
                    if ((b & 1 << bit) != 0) {
                        docs[n++] = i * 8 + bit;
                    }
                }
            }
        } else {
            int previous = -1;
            for (int i = 0; i < docCount; i++) {
                previous += (int) varint(terms, at) + 1;
                docs[i] = previous;
            }
        }
        return docs;
    }

    /** Each document's level, in the order of {@link #docs()}; all 0 for an entry without levels. */
    int[] levels() {
        int[] at = {docsAt};
        int flags = terms[at[0]++] & 0xFF;
        int length = (int) varint(terms, at);
        at[0] += length;
        int[] levels = new int[docCount];
        if ((flags & Postings.NO_LEVELS) != 0) {
            return levels;
        }
        for (int i = 0; i < docCount; i++) {
            levels[i] = (flags & Postings.NIBBLES) != 0 ? terms[at[0] + i / 2] >> (i % 2 * 4) & 0xF
                    : terms[at[0] + i] & 0xFF;
        }
        return levels;
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            int b = bytes[at[0]++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
            shift += 7;
        }
    }
}
