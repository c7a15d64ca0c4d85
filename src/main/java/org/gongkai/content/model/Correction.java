package org.gongkai.content.model;

import java.time.LocalDate;

/**
 * One 更正 of a disclosure: the day it was made, the 更正说明 as published, and the text it replaced, which stays
 * part of the record so that readers can see what changed.
 *
 * @param version the number of the text this correction replaced: 1 is the text first published, 2 the text of
 *     the first correction, and so on
 * @param replaced that text, read from the file the publisher keeps of it; it has no corrections of its own
 */
public record Correction(int version, LocalDate date, String note, Disclosure replaced, SourcePosition at,
        SourcePosition dateAt) {

    public Correction {
        if (!replaced.corrections().isEmpty()) {
            throw new IllegalArgumentException("an earlier version carries no corrections of its own");
        }
    }
}
