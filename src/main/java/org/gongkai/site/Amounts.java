package org.gongkai.site;

import java.math.BigDecimal;
import java.util.List;

/** Exact sums of amounts for the index pages' totals, which print as {@link org.gongkai.content.model.Money#computed}. */
final class Amounts {

    private Amounts() {}

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
