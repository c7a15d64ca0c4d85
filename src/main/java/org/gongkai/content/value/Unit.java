package org.gongkai.content.value;

import java.math.BigDecimal;

/**
 * A unit the parser knows: its canonical name, its family, and how an amount in it converts to the family's base.
 *
 * <p>The conversion is an integer factor and a power of ten, so that every conversion stays exact: 元 → 万元 moves
 * the point four places left (10000元 is 1.0000万元), 万份 → 份 four places right, 小时 → 秒 multiplies by 3600.
 */
record Unit(String name, UnitFamily family, String base, long factor, int shift) {

    /** The amount expressed in {@link #base}. */
    BigDecimal normalise(BigDecimal amount) {
        BigDecimal scaled = factor == 1 ? amount : amount.multiply(BigDecimal.valueOf(factor));
        return shift == 0 ? scaled : scaled.movePointRight(shift);
    }

    /** This counting unit with a 万 or 亿 in front, which multiplies by ten to the {@code power}. */
    Unit times(String printedPrefix, int power) {
        return new Unit(printedPrefix + name, family, base, factor, shift + power);
    }

    /** Calendar periods (月, 季度, 年) have no fixed length in seconds; they normalise to months. */
    boolean isCalendarPeriod() {
        return family == UnitFamily.DURATION && base.equals("月");
    }
}
