package org.gongkai.site.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a horizontal bar chart shows: exact amounts with their labels, in the order to draw them.
 *
 * <p>{@code id} must be unique on its page, since the SVG's title and description are referenced by id.
 */
public record BarChart(String id, String title, String description, String labelHeading, String unit, List<Bar> bars) {

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** One bar: its full label, its exact amount, and the palette colour to draw it in. */
    public record Bar(String label, BigDecimal amount, Palette colour) {

        public Bar(String label, BigDecimal amount) {
            this(label, amount, Palette.BLUE);
        }
    }
}
