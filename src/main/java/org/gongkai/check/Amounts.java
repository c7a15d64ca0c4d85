package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.Money;

/**
 * Exact sums, comparisons and unit changes of printed amounts; 96 and 96.00 are the same amount, and so are
 * 8540000 元 and 854 万元. Never a double: the units differ by powers of ten, so moving the point is exact. A message
 * prints what these compute as the pages print any computed amount ({@link Money#computed}).
 */
final class Amounts {

    /** The power of ten that takes an amount in each unit the forms print amounts in to 万元. */
    private static final Map<String, Integer> TO_WAN = Map.of("元", -4, "千元", -1, "万元", 0, "亿元", 4);

    private Amounts() {}

    static BigDecimal sum(Collection<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : amounts) {
            total = total.add(m.value());
        }
        return total;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    /** True when {@code exact} rounds to {@code printed} at the precision {@code printed} was printed with. */
    static boolean roundsTo(BigDecimal exact, BigDecimal printed) {
        return exact.setScale(Math.max(0, printed.scale()), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /**
     * {@code value}, printed in unit {@code from}, in unit {@code to}. Empty when the units differ and one of them is
     * not an amount unit the forms use: such amounts cannot be compared, and guessing would invent a mismatch.
     */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(value);
        }
        Integer f = TO_WAN.get(from);
        Integer t = TO_WAN.get(to);
        return f == null || t == null ? Optional.empty() : Optional.of(value.movePointRight(f - t));
    }

    /** What {@link #convert} gives in 万元, the unit cost indicators are summed in. */
    static Optional<BigDecimal> inWan(BigDecimal value, String unit) {
        return convert(value, unit, "万元");
    }

    /** How far apart two amounts of one unit are, for a message: always positive. */
    static String difference(BigDecimal a, BigDecimal b) {
        return Money.computed(a.subtract(b).abs());
    }

    /**
     * （合 854万元）, to follow an amount printed in unit {@code from} when a message sets it beside amounts in unit
     * {@code to}; nothing when the units are the same.
     */
    static String alsoIn(BigDecimal converted, String from, String to) {
        return from.equals(to) ? "" : "（合 " + Money.computed(converted) + to + "）";
    }
}
