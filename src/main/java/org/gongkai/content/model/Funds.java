package org.gongkai.content.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The 项目资金 block of a project table: the annual total and the sources the form lists.
 *
 * <p>Forms differ in which sources they print, so a source that the form does not list is empty,
 * while one printed as 0.00 is present with a zero amount.
 */
public record Funds(
        String unit,
        Money total,
        Optional<Money> fiscal,
        Optional<Money> bond,
        Optional<Money> carryover,
        Optional<Money> other) {

    /** The 年度资金总额 in 万元, whichever unit the form printed it in. */
    public BigDecimal totalInWan() {
        return inWan(total);
    }

    /** An amount of this form in 万元: exact, since 元 to 万元 moves the point, and every printed digit is kept. */
    public BigDecimal inWan(Money amount) {
        return "元".equals(unit) ? amount.value().movePointLeft(4) : amount.value();
    }
}
