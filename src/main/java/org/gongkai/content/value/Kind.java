package org.gongkai.content.value;

/**
 * What an indicator value turned out to be, which also says which parts of an {@link IndicatorValue} are present.
 *
 * <p>DATE is a kind of its own rather than a quantity because a deadline such as 2026年12月底前 has no single
 * number, and code that sums or compares quantities must not meet one by accident.
 */
public enum Kind {
    /** A number with an optional comparator and a known unit (or none): {@code ≥90万件}, {@code 100%}. */
    QUANTITATIVE,
    /** A point in time with an optional comparator: {@code 2026年12月底前}, {@code 12月31日}. */
    DATE,
    /** Free text: 合规, 及时, 有效提升, 不适用. */
    QUALITATIVE,
    /** Nothing was published in the cell. */
    EMPTY,
    /** Starts like a number or a comparison but cannot be read without guessing: {@code 1百分比}, {@code ≥7次数}. */
    UNREADABLE
}
