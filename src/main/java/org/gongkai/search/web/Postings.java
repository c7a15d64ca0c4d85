package org.gongkai.search.web;

/**
 * Encodes one term's postings in one kind: the documents as a bitset when that is smaller than their gaps as
 * varints, then the levels, a byte each, or half a byte for a common term's 16 levels; and, apart, each
 * document's positions as gaps. The flags byte says which.
 */
final class Postings {

    static final int BITSET = 1;
    static final int NIBBLES = 2;
    /** No levels: a phrase's entry (phrases filter, they do not score), or a term whose levels are all 0. */
    static final int NO_LEVELS = 4;

    private Postings() {}

    /** Documents (ascending browser numbers among {@code docCount}) and their levels, or none for a phrase. */
    static void writeDocs(int[] docs, int[] levels, int maxLevel, int docCount, ByteOutput out) {
        int flags = levels == null || maxLevel == 0 ? NO_LEVELS : maxLevel <= 15 ? NIBBLES : 0;
        ByteOutput gaps = new ByteOutput();
        int previous = -1;
        for (int doc : docs) {
            gaps.writeVarint(doc - previous - 1L);
            previous = doc;
        }
        int bitsetBytes = (docCount + 7) / 8;
        if (bitsetBytes < gaps.size()) {
            byte[] bits = new byte[bitsetBytes];
            for (int doc : docs) {
                bits[doc >>> 3] |= (byte) (1 << (doc & 7));
            }
            out.writeByte(flags | BITSET);
            out.writeVarint(bits.length);
            out.writeBytes(bits);
        } else {
            out.writeByte(flags);
            out.writeVarint(gaps.size());
            out.writeBytes(gaps);
        }
        if ((flags & NO_LEVELS) != 0) {
            return;
        }
        if ((flags & NIBBLES) != 0) {
            // Two levels a byte, the first in the low half.
            for (int i = 0; i < levels.length; i += 2) {
                out.writeByte(levels[i] | (i + 1 < levels.length ? levels[i + 1] << 4 : 0));
            }
        } else {
            for (int level : levels) {
                out.writeByte(level);
            }
        }
    }

    /** Each document's positions, in document order: a count, then gaps from the previous position. */
    static void writePositions(int[][] positions, ByteOutput out) {
        for (int[] doc : positions) {
            out.writeVarint(doc.length);
            int previous = 0;
            for (int p : doc) {
                out.writeVarint(p - (long) previous);
                previous = p;
            }
        }
    }
}
