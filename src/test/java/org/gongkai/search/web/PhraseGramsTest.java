package org.gongkai.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small parts of PhraseGrams; GeneratedSearchParityTest checks what it finds, through the browser. */
class PhraseGramsTest {

    @Test
    void knowsAHanBigram() {
        assertTrue(PhraseGrams.isHanBigram("满意"));
        assertTrue(PhraseGrams.isHanBigram("𠀀𠀁"));
        assertFalse(PhraseGrams.isHanBigram("满意度"));
        assertFalse(PhraseGrams.isHanBigram("满1"));
        assertFalse(PhraseGrams.isHanBigram("ab"));
    }
}
