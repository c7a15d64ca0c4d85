package org.gongkai.site.chart;

import java.math.BigDecimal;

/** Prints an exact amount in 万元: as published, or, for one converted from 元, without the zeros the move added. */
public final class Wan {

    private Wan() {}

    /** 96.00 stays 96.00 and 24.4 stays 24.4; 253000.00 元 moved to 25.300000 prints as 25.30, the same amount. */
    public static String printed(BigDecimal wan) {
        if (wan.scale() <= 2) {
            return wan.toPlainString();
        }
        BigDecimal stripped = wan.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }
}
