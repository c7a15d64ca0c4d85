package org.gongkai.content.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured reading of one published 指标值, kept beside its text and never in place of it.
 *
 * <p>{@code kind} says which parts are present:
 * <ul>
 *   <li>QUANTITATIVE: {@code number} and {@code normalised}; {@code unit} as printed without any comparator word
 *       ("" for a bare number, family NONE); {@code comparator} when one was printed.
 *   <li>DATE: {@code date}, family DATE, and {@code comparator} when one was printed (前 reads as ≤).
 *   <li>UNREADABLE: what could be read before the parser had to stop: {@code comparator}, usually {@code number},
 *       and in {@code unit} everything after the number; family UNKNOWN and no {@code normalised}, so that no
 *       comparison can use it by accident.
 *   <li>QUALITATIVE and EMPTY: only {@code text}; family UNKNOWN.
 * </ul>
 * {@code number} and {@code unit} are as printed (≥2.5万份: 2.5 and 万份); {@code normalised} is the same amount in
 * the family's base unit (25000 份), see {@link UnitFamily}.
 */
public record IndicatorValue(
        String text,
        Kind kind,
        Optional<Comparator> comparator,
        Optional<BigDecimal> number,
        String unit,
        UnitFamily family,
        Optional<Quantity> normalised,
        Optional<DatePoint> date) {

    public IndicatorValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(normalised, "normalised");
        Objects.requireNonNull(date, "date");
        if ((kind == Kind.QUANTITATIVE) != normalised.isPresent() || (kind == Kind.DATE) != date.isPresent()) {
            throw new IllegalArgumentException("parts do not match kind " + kind + ": " + text);
        }
    }

    /**
     * Reads a published value. Total: any text, even null (read as ""), gives a value and never an exception; safe
     * to call from many threads.
     */
    public static IndicatorValue parse(String text) {
        return ValueParser.parse(text);
    }

    /** True for a readable percentage such as ≥95% or 100%. */
    public boolean isPercent() {
        return kind == Kind.QUANTITATIVE && family == UnitFamily.PERCENT;
    }

    /**
     * The amount in 万元 of a money value, for comparing cost indicators with a project's total: ≤96万元 gives 96,
     * ≤10000元 gives 1.0000. Empty for everything else, rates included (450元/次 is not an amount of the budget).
     */
    public Optional<BigDecimal> wanYuan() {
        return kind == Kind.QUANTITATIVE && family == UnitFamily.MONEY
                ? normalised.map(Quantity::amount)
                : Optional.empty();
    }

    static IndicatorValue empty(String text) {
        return new IndicatorValue(text, Kind.EMPTY, Optional.empty(), Optional.empty(), "", UnitFamily.UNKNOWN,
                Optional.empty(), Optional.empty());
    }

    static IndicatorValue qualitative(String text) {
        return new IndicatorValue(text, Kind.QUALITATIVE, Optional.empty(), Optional.empty(), "", UnitFamily.UNKNOWN,
                Optional.empty(), Optional.empty());
    }

    static IndicatorValue unreadable(String text, Optional<Comparator> comparator, Optional<BigDecimal> number,
            String rest) {
        return new IndicatorValue(text, Kind.UNREADABLE, comparator, number, rest, UnitFamily.UNKNOWN,
                Optional.empty(), Optional.empty());
    }

    static IndicatorValue quantitative(String text, Optional<Comparator> comparator, BigDecimal number, String unit,
            UnitFamily family, Quantity normalised) {
        return new IndicatorValue(text, Kind.QUANTITATIVE, comparator, Optional.of(number), unit, family,
                Optional.of(normalised), Optional.empty());
    }

    static IndicatorValue date(String text, Optional<Comparator> comparator, DatePoint date) {
        return new IndicatorValue(text, Kind.DATE, comparator, Optional.empty(), "", UnitFamily.DATE,
                Optional.empty(), Optional.of(date));
    }
}
