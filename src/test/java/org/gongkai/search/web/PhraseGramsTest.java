package org.gongkai.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small parts of PhraseGrams; GeneratedSearchParityTest checks what it finds, through the browser. */
class PhraseGramsTest {

    @Test
    void spreadingAKeyCanBeUndone() {
        long spread = 0x9E3779B97F4A7C15L;
        long inverse = PhraseGrams.inverse(spread);
        assertEquals(1L, spread * inverse);
        for (long key : new long[] {0L, 1L, (1L << 48) | (7L << 32) | (3L << 16) | 9L, Long.MAX_VALUE / 3}) {
            assertEquals(key, key * spread * inverse);
        }
    }

    @Test
    void knowsAHanBigram() {
        assertTrue(PhraseGrams.isHanBigram("满意"));
        assertTrue(PhraseGrams.isHanBigram("𠀀𠀁"));
        assertFalse(PhraseGrams.isHanBigram("满意度"));
        assertFalse(PhraseGrams.isHanBigram("满1"));
        assertFalse(PhraseGrams.isHanBigram("ab"));
    }
}
