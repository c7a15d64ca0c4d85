package org.gongkai.site.chart;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.content.model.Money;

/**
 * What a horizontal bar chart shows: exact amounts with their labels, in the order to draw them.
 *
 * <p>{@code id} must be unique on its page, since the SVG's title and description are referenced by id.
 */
public record BarChart(String id, String title, String description, String labelHeading, String unit, List<Bar> bars) {

    public BarChart {
        bars = List.copyOf(bars);
    }

    /**
     * One bar: its full label, its exact amount for its length, the amount as the page prints it, and the palette
     * colour to draw it in. The text travels with the amount because only its maker knows whether the amount is a
     * form's own figure, printed as the form printed it, or one the site computed.
     */
    public record Bar(String label, BigDecimal amount, String printed, Palette colour) {

        /** A bar of an amount the site computed, such as a sum, printed as {@link Money#computed}. */
        public static Bar computed(String label, BigDecimal amount, Palette colour) {
            return new Bar(label, amount, Money.computed(amount), colour);
        }

        /** {@link #computed} in the chart's usual colour. */
        public static Bar computed(String label, BigDecimal amount) {
            return computed(label, amount, Palette.BLUE);
        }
    }
}
