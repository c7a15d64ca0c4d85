package org.gongkai.content.model;

import java.util.OptionalInt;

/**
 * Counts the document states in its own words, kept so that they can be checked against the tables:
 * "共11项目" is {@code total}, "本单位0个涉密项目除外" is {@code secret}.
 */
public record StatedCounts(OptionalInt total, OptionalInt secret) {

    public static final StatedCounts NONE = new StatedCounts(OptionalInt.empty(), OptionalInt.empty());
}
