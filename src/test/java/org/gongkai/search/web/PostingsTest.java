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
