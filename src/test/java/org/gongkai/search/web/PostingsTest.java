package org.gongkai.search.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The packed indices of phrase entries, byte for byte as engine.js's phraseScore reads them. */
class PostingsTest {

    @Test
    void widthsAreWholeFractionsOfAByte() {
        int[][] table = {{0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 2}, {5, 4}, {16, 4}, {17, 8}, {256, 8}, {257, 16},
            {65_536, 16}};
        for (int[] row : table) {
            assertEquals(row[1], Postings.bitsFor(row[0]), "bits for " + row[0]);
        }
        assertThrows(IllegalStateException.class, () -> Postings.bitsFor(65_537));
    }

    @Test
    void valuesFillEachByteFromItsLowestBits() {
        assertPacked(new int[] {1, 0, 1, 1, 0, 0, 0, 1, 1}, 1, 0b1000_1101, 0b1);
        assertPacked(new int[] {1, 0, 3, 2, 3}, 2, 0b10_11_00_01, 0b11);
        assertPacked(new int[] {1, 2, 3}, 4, 0x21, 0x03);
        assertPacked(new int[] {200, 7}, 8, 200, 7);
        assertPacked(new int[] {258, 65_535}, 16, 0x02, 0x01, 0xFF, 0xFF);
        assertPacked(new int[] {0, 0, 0}, 0);
    }

    /**
     * What a rebuild reads back of a published entry is what was written, in every encoding: gaps or a bitset,
     * byte or half-byte levels, or none; and the reader stops where the next entry begins.
     */
    @Test
    void documentsAndLevelsReadBackAsWritten() {
        int[] sparse = {3, 700, 70_000};
        int[] dense = {0, 1, 2, 3, 5, 8, 9, 10, 11, 13};
        Object[][] table = {
            // docs, levels, maxLevel, docCount, flags expected
            {sparse, new int[] {255, 1, 37}, 255, 100_000, 0},
            {sparse, new int[] {15, 0, 7}, 15, 100_000, Postings.NIBBLES},
            {dense, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 15}, 15, 16, Postings.NIBBLES | Postings.BITSET},
            {dense, new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 200}, 200, 16, Postings.BITSET},
            {dense, new int[10], 0, 16, Postings.NO_LEVELS | Postings.BITSET},
            {new int[] {4}, new int[] {3}, 15, 100_000, Postings.NIBBLES},
        };
        for (Object[] row : table) {
            int[] docs = (int[]) row[0];
            int[] levels = (int[]) row[1];
            ByteOutput out = new ByteOutput();
            Postings.writeDocs(docs, levels, (int) row[2], (int) row[3], out);
            out.writeByte(0x5A);
            ByteInput in = new ByteInput(out.toByteArray(), 0);
            int flags = in.readByte();
            assertEquals((int) row[4], flags, "flags");
            assertArrayEquals(docs, Postings.readDocs(in, flags, docs.length));
            assertArrayEquals(levels, Postings.readLevels(in, flags, docs.length));
            assertEquals(0x5A, in.readByte(), "the reader stops at the entry's end");
            ByteInput skipped = new ByteInput(out.toByteArray(), 1);
            Postings.skipDocs(skipped, flags, docs.length);
            assertEquals(0x5A, skipped.readByte(), "skipping stops at the entry's end");
        }
    }

    private static void assertPacked(int[] values, int width, int... expected) {
        ByteOutput out = new ByteOutput();
        Postings.writePacked(values, width, out);
        byte[] want = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            want[i] = (byte) expected[i];
        }
        assertArrayEquals(want, out.toByteArray(), width + " bits");
    }
}
