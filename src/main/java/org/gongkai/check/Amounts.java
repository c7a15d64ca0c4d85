package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.gongkai.content.model.Money;

/** Exact sums and comparisons of printed amounts; 96 and 96.00 are the same amount. */
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

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
