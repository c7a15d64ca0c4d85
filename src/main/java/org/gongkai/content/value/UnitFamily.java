package org.gongkai.content.value;

/** The kind of unit a value is measured in, which decides what it may be compared with. */
public enum UnitFamily {
    /** {@code %}; normalised in %. */
    PERCENT,
    /** 元, 千元, 万元, 亿元; normalised in 万元, the unit the budget tables use. */
    MONEY,
    /** 次, 人, 人次, 份, 件 …, optionally with 万 or 亿; normalised in the bare counting word. */
    COUNT,
    /** 秒 … 周 (normalised in 秒), 月, 季度, 年 (in 月), 工作日 (in 工作日). */
    DURATION,
    /** A unit with a slash, such as 万元/人 or 次/年; normalised in its numerator's base per its denominators. */
    RATE,
    /** A point in time such as 2026年12月底; see {@link IndicatorValue#date()}. */
    DATE,
    /** A number printed without a unit. */
    NONE,
    /** No unit was read: the value is qualitative, empty or unreadable. */
    UNKNOWN
}
