package org.gongkai.content.model;

import java.math.BigDecimal;

/**
 * An exact amount as published, in the unit of the table that holds it, and the one way the project prints money.
 *
 * <p>The scale is the printed precision: a list that prints 24.4 and a table that prints 24.37 stay
 * distinguishable, and 96.00 is shown as 96.00. An amount the site computes instead (one converted between units,
 * a sum, a difference) has no printed precision of its own, so {@link #computed} gives every such amount the same
 * form on the pages, the feed, the downloads, the search summaries and the check messages.
 */
public record Money(BigDecimal value, SourcePosition at) {

    /** The places every computed amount shows at least, as the budget tables print their amounts (96.00). */
    private static final int PLACES = 2;

    public Money {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + value);
        }
    }

    /** The amount as it was printed: 96.00 stays 96.00, 24.4 stays 24.4. */
    public String printed() {
        return value.toPlainString();
    }

    /**
     * An amount the site computed, as its exact decimal with at least two places and no zeros beyond them, never
     * in scientific notation: 253000.00 元 in 万元 (25.300000) is 25.30, 253456.78 元 is 25.345678, 1000 元 is 0.10,
     * a sum of 24.4 and 10.5 is 34.90. The digits are never rounded: the amount stays exact.
     */
    public static String computed(BigDecimal exact) {
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.setScale(Math.max(PLACES, stripped.scale())).toPlainString();
    }
}
