package org.gongkai.content.model;

import java.math.BigDecimal;

/**
 * An exact amount as published, in the unit of the table that holds it.
 *
 * <p>The scale is the printed precision: a list that prints 24.4 and a table that prints 24.37 stay
 * distinguishable, and 96.00 is shown as 96.00.
 */
public record Money(BigDecimal value, SourcePosition at) {

    public Money {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + value);
        }
    }

    /** The amount as it was printed. */
    public String printed() {
        return value.toPlainString();
    }
}
