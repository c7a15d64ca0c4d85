package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.gongkai.content.model.Money;

/**
 * Exact sums and comparisons of printed amounts; 96 and 96.00 are the same amount, and so are 8540000 元 and 854 万元
 * once {@link org.gongkai.content.value.MoneyUnits} has converted one of them. Never a double. A message
 * prints what these compute as the pages print any computed amount ({@link Money#computed}).
 */
final class Amounts {

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
