package org.gongkai.site;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.site.chart.Wan;

/** Exact sums of amounts for the index pages' totals. */
final class Amounts {

    private Amounts() {}

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }

    static String printed(BigDecimal value) {
        return Wan.printed(value);
    }
}
