package org.gongkai.content.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Amounts of money in the units forms print them in (元, 千元, 万元, 亿元), converted by the unit table that indicator
 * values are read with, so that a budget table, a check and an indicator convert alike. Never a double: the units
 * differ by powers of ten, so moving the point is exact.
 */
public final class MoneyUnits {

    /** 万元: the unit of the budget tables, and of every amount of a year file that names no unit. */
    public static final String WAN = "万元";

    private MoneyUnits() {}

    /**
     * {@code value}, printed in unit {@code from}, in unit {@code to}. Empty when the units differ and one of them is
     * not a unit of money: such amounts cannot be compared, and guessing would invent a mismatch.
     */
    public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(value);
        }
        Optional<Integer> f = powerToWan(from);
        Optional<Integer> t = powerToWan(to);
        // One move of the point, not two: each move may change the scale the amount is printed with.
        return f.isPresent() && t.isPresent() ? Optional.of(value.movePointRight(f.get() - t.get())) : Optional.empty();
    }

    /** {@link #convert} to 万元, the unit of the budget tables. */
    public static Optional<BigDecimal> inWan(BigDecimal value, String unit) {
        return convert(value, unit, WAN);
    }

    /** The power of ten that takes an amount in {@code unit} to 万元, if it is a unit of money. */
    private static Optional<Integer> powerToWan(String unit) {
        return Units.simple(unit).filter(u -> u.family() == UnitFamily.MONEY && u.factor() == 1).map(Unit::shift);
    }
}
