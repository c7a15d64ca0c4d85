package org.gongkai.site.chart;

import java.util.List;

/**
 * A bar chart laid out for the template: SVG coordinates as printed numbers and the texts to draw; the
 * template escapes every text, so no markup is built here.
 */
public record ChartView(
        String id,
        String title,
        String description,
        String labelHeading,
        String unit,
        int width,
        String height,
        String labelX,
        List<BarView> bars) {

    public ChartView {
        bars = List.copyOf(bars);
    }

    /**
     * One bar: {@code shownLabel} may be shortened to fit the drawing, {@code label} is always the full text,
     * given in the table below and in the bar's own tooltip; {@code amount} is the exact amount as printed.
     */
    public record BarView(
            String label,
            String shownLabel,
            boolean shortened,
            String amount,
            String labelY,
            String barY,
            String barWidth,
            String barHeight,
            String valueX,
            String valueY,
            String fill) {}
}
