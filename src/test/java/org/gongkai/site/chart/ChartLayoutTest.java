package org.gongkai.site.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bar lengths, label fitting and the amounts beside the bars of the chart layout. */
class ChartLayoutTest {

    @Test
    void barsAreProportionalAndTheLargestFillsTheSpaceLeftForItsValue() {
        ChartView view = ChartLayout.of(new BarChart("c", "t", "d", "项目", "万元", List.of(
                BarChart.Bar.computed("甲", new BigDecimal("1132.20")), BarChart.Bar.computed("乙", new BigDecimal("566.10")),
                BarChart.Bar.computed("丙", new BigDecimal("0.00")))));
        double first = Double.parseDouble(view.bars().get(0).barWidth());
        assertEquals(first / 2, Double.parseDouble(view.bars().get(1).barWidth()), 0.1);
        assertEquals("0", view.bars().get(2).barWidth());
        double valueEnd = Double.parseDouble(view.bars().get(0).valueX()) + "1132.20".length() * 0.62 * 14;
        assertTrue(valueEnd <= ChartLayout.WIDTH, "the largest value's label stays inside: " + valueEnd);
        assertEquals(List.of("1132.20", "566.10", "0.00"), view.bars().stream().map(ChartView.BarView::amount).toList());
    }

    @Test
    void theAmountBesideABarIsAFormsOwnFigureAsPrintedOrAComputedOneWithAtLeastTwoPlaces() {
        ChartView view = ChartLayout.of(new BarChart("c", "t", "d", "项目", "万元", List.of(
                new BarChart.Bar("甲", new BigDecimal("24.4"), "24.4", Palette.BLUE),
                BarChart.Bar.computed("乙", new BigDecimal("25.300000")), BarChart.Bar.computed("丙", new BigDecimal("34.9")))));
        assertEquals(List.of("24.4", "25.30", "34.90"), view.bars().stream().map(ChartView.BarView::amount).toList());
    }

    @Test
    void allZeroAmountsDrawNoBarsRatherThanDividingByZero() {
        ChartView view = ChartLayout.of(new BarChart("c", "t", "d", "项目", "万元", List.of(
                BarChart.Bar.computed("甲", new BigDecimal("0.00")), BarChart.Bar.computed("乙", BigDecimal.ZERO))));
        assertEquals(List.of("0", "0"), view.bars().stream().map(ChartView.BarView::barWidth).toList());
    }

    @Test
    void longLabelsAreShortenedInTheDrawingOnly() {
        String name = "六安市12345政务服务便民热线接线服务项目和政府网站和政务新媒体信息内容服务经费";
        ChartView view = ChartLayout.of(new BarChart("c", "t", "d", "项目", "万元",
                List.of(BarChart.Bar.computed(name, BigDecimal.ONE), BarChart.Bar.computed("政府会议专项经费", BigDecimal.ONE))));
        ChartView.BarView long_ = view.bars().get(0);
        assertTrue(long_.shortened());
        assertEquals(name, long_.label());
        assertTrue(long_.shownLabel().endsWith("…") && name.startsWith(long_.shownLabel().replace("…", "")));
        assertTrue(Labels.width(long_.shownLabel()) <= (ChartLayout.WIDTH - 2.0 * ChartLayout.PAD) / ChartLayout.LABEL_SIZE);
        assertFalse(view.bars().get(1).shortened());
        assertEquals("政府会议专项经费", view.bars().get(1).shownLabel());
    }
}
