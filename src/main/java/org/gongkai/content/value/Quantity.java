package org.gongkai.content.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount in a stated base unit; two quantities are comparable exactly when their units are equal.
 *
 * <p>The unit travels with the amount because one family can have several incommensurable bases: 5工作日 and
 * 5天 are both durations, yet neither can be converted into the other.
 */
public record Quantity(BigDecimal amount, String unit) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    /** The amount as a plain decimal followed by the unit, e.g. {@code 25000份} or {@code 0.0450万元/次}. */
    public String printed() {
        return amount.toPlainString() + unit;
    }
}
