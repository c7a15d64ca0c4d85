package org.gongkai.content.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A point in time as printed in a 时效 indicator: a year, a month, a day, or their combinations, any of them
 * possibly without the year (the budget year is then meant).
 *
 * <p>{@code endOf} records a printed 底 or 末 (2026年12月底, 2026年底); it does not change {@link #lastDay}, which
 * is already the end of the period, but it is part of what was said.
 */
public record DatePoint(OptionalInt year, OptionalInt month, OptionalInt day, boolean endOf) {

    public DatePoint {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(day, "day");
        if (day.isPresent() && month.isEmpty()) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (year.isEmpty() && month.isEmpty()) {
            throw new IllegalArgumentException("a date needs a year or a month");
        }
    }

    /**
     * The last day the point covers (the year's or month's last day, or the day itself), taking
     * {@code budgetYear} where no year was printed; empty only for 2月29日 in a year that has none.
     */
    public Optional<LocalDate> lastDay(int budgetYear) {
        int y = year.orElse(budgetYear);
        if (month.isEmpty()) {
            return Optional.of(LocalDate.of(y, 12, 31));
        }
        YearMonth ym = YearMonth.of(y, month.getAsInt());
        if (day.isEmpty()) {
            return Optional.of(ym.atEndOfMonth());
        }
        int d = day.getAsInt();
        return ym.isValidDay(d) ? Optional.of(ym.atDay(d)) : Optional.empty();
    }

    /** Whether {@code d} can be a day of {@code month} in {@code year}, or in some year when none is given. */
    static boolean validDay(OptionalInt year, int month, int d) {
        int length = year.isPresent()
                ? YearMonth.of(year.getAsInt(), month).lengthOfMonth()
                : Month.of(month).maxLength();
        return d >= 1 && d <= length;
    }
}
