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

    /**
     * Reads back what {@link #writeDocs} wrote of {@code count} documents after its flags byte: the documents,
     * ascending, leaving {@code in} at the levels.
     */
    static int[] readDocs(ByteInput in, int flags, int count) {
        int length = (int) in.readVarint();
        int[] docs = new int[count];
        if ((flags & BITSET) != 0) {
            int n = 0;
            for (int i = 0; i < length; i++) {
                int b = in.readByte();
                for (int bit = 0; bit < 8; bit++) {
                    if ((b & 1 << bit) != 0) {
                        docs[n++] = i * 8 + bit;
                    }
                }
            }
            return docs;
        }
        int previous = -1;
        for (int i = 0; i < count; i++) {
            previous += (int) in.readVarint() + 1;
            docs[i] = previous;
        }
        return docs;
    }

    /** Reads back the levels of {@code count} documents; all 0 where the flags say there are none. */
    static int[] readLevels(ByteInput in, int flags, int count) {
        int[] levels = new int[count];
        if ((flags & NO_LEVELS) != 0) {
            return levels;
        }
        for (int i = 0; i < count; i += (flags & NIBBLES) != 0 ? 2 : 1) {
            int b = in.readByte();
            if ((flags & NIBBLES) == 0) {
                levels[i] = b;
            } else {
                levels[i] = b & 0xF;
                if (i + 1 < count) {
                    levels[i + 1] = b >> 4;
                }
            }
        }
        return levels;
    }

    /** Skips what {@link #writeDocs} wrote of {@code count} documents after its flags byte, levels too. */
    static void skipDocs(ByteInput in, int flags, int count) {
        in.skip((int) in.readVarint());
        if ((flags & NO_LEVELS) == 0) {
            in.skip((flags & NIBBLES) != 0 ? (count + 1) / 2 : count);
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

    /** How many bytes {@link #writePacked} writes for {@code count} values of {@code width} bits. */
    static int packedBytes(int count, int width) {
        return width == 16 ? 2 * count : (width * count + 7) / 8;
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
