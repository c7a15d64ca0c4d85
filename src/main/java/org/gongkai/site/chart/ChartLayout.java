package org.gongkai.site.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a horizontal bar chart: each label on its own line above its bar, so that long Chinese project
 * names need no narrow column, and the exact amount just past the bar's end.
 *
 * <p>The drawing is 380 units wide and drawn 380/15 rem wide (site.css), so its 15-unit labels are body text on a
 * desktop and grow with the root size; on a 360 px phone it shrinks to the box and shows them at about 13 px. Amounts stay BigDecimal; only the bar lengths become doubles, for pixels.
 */
public final class ChartLayout {

    static final int WIDTH = 380;
    static final int PAD = 4;
    static final int LABEL_SIZE = 15;
    static final int VALUE_SIZE = 14;
    static final int BAR_HEIGHT = 16;
    static final int ROW = 48;
    /** Width of a digit or point in the value font, in em: a safe upper bound for the system fonts. */
    static final double DIGIT_EM = 0.62;

    private ChartLayout() {}

    public static ChartView of(BarChart chart) {
        BigDecimal max = chart.bars().stream().map(BarChart.Bar::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        int longestValue = chart.bars().stream().mapToInt(b -> b.printed().length()).max().orElse(0);
        double valueSpace = longestValue * DIGIT_EM * VALUE_SIZE + 8;
        double barSpace = WIDTH - 2 * PAD - valueSpace;
        double labelEms = (WIDTH - 2.0 * PAD) / LABEL_SIZE;
        List<ChartView.BarView> bars = new ArrayList<>();
        int y = 0;
        for (BarChart.Bar bar : chart.bars()) {
            double length = max.signum() == 0 ? 0 : bar.amount().divide(max, MathContext.DECIMAL64).doubleValue() * barSpace;
            String shown = Labels.fit(bar.label(), labelEms);
            int barY = y + LABEL_SIZE + 6;
            bars.add(new ChartView.BarView(bar.label(), shown, !shown.equals(bar.label()), bar.printed(),
                    number(y + LABEL_SIZE), number(barY), number(length), number(BAR_HEIGHT), number(PAD + length + 5),
                    number(barY + BAR_HEIGHT - 3), bar.colour().fill()));
            y += ROW;
        }
        return new ChartView(chart.id(), chart.title(), chart.description(), chart.labelHeading(), chart.unit(), WIDTH,
                number(Math.max(y - (ROW - LABEL_SIZE - 6 - BAR_HEIGHT) + 2, 1)), number(PAD), bars);
    }

    /** A coordinate with one decimal, printed the same on every machine so that builds are byte-identical. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
