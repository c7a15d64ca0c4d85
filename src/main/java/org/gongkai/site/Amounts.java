package org.gongkai.site;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.content.model.Money;

/** Exact sums of amounts in 万元, converting 元 where a table is printed in 元. */
final class Amounts {


    private Amounts() {}

    static BigDecimal inWan(Money money, String unit) {
        return "元".equals(unit) ? money.value().movePointLeft(4) : money.value();
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }

    static String printed(BigDecimal value) {
        return value.toPlainString();
    }
}
