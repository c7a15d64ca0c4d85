package org.gongkai.search.web;

/**
 * Encodes one term's postings in one kind: the documents as a bitset when that is smaller than their gaps as
 * varints, then the levels, a byte each, or half a byte for a common term's 16 levels; and, apart, each
 * document's positions as gaps. The flags byte says which.
 */
final class Postings {

    static final int BITSET = 1;
    static final int NIBBLES = 2;
    /** No levels: a phrase's documents (its levels follow apart), or a term whose levels are all 0. */
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

    /** The fewest bits of 0, 1, 2, 4, 8 or 16 that number {@code count} things; whole fractions of a byte. */
    static int bitsFor(int count) {
        for (int width : new int[] {0, 1, 2, 4, 8, 16}) {
            if (count <= 1 << width) {
                return width;
            }
        }
        throw new IllegalStateException("too many distinct values to pack: " + count);
    }

    /** Values of {@code width} bits, the first in the lowest bits of the first byte; 16 bits as two bytes, low first. */
    static void writePacked(int[] values, int width, ByteOutput out) {
        if (width == 0) {
            return;
        }
        int current = 0;
        int used = 0;
        for (int value : values) {
            if (width == 16) {
                out.writeByte(value & 0xFF);
                out.writeByte(value >>> 8);
                continue;
            }
            current |= value << used;
            used += width;
            if (used == 8) {
                out.writeByte(current);
                current = 0;
                used = 0;
            }
        }
        if (used > 0) {
            out.writeByte(current);
        }
    }
}
