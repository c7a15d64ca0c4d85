package org.gongkai.search.web;

/**
 * Encodes one term's postings in one kind: the documents as a bitset when that is smaller than their gaps as
 * varints, then one level byte per document; and, apart, each document's positions as gaps.
 */
final class Postings {

    static final int GAPS = 0;
    static final int BITSET = 1;

    private Postings() {}

    /** Documents (ascending browser numbers among {@code docCount}) and their levels. */
    static void writeDocs(int[] docs, int[] levels, int docCount, ByteOutput out) {
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
            out.writeByte(BITSET);
            out.writeVarint(bits.length);
            out.writeBytes(bits);
        } else {
            out.writeByte(GAPS);
            out.writeVarint(gaps.size());
            out.writeBytes(gaps);
        }
        for (int level : levels) {
            out.writeByte(level);
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
