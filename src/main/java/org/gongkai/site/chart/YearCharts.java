package org.gongkai.site.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;

/** The charts of an office's year page: the budget of each project, and the funds by source. */
public final class YearCharts {

    private YearCharts() {}

    /** Every project's 年度资金总额 in 万元, largest first; equal amounts keep the document's order. */
    public static BarChart projects(Disclosure d, String officeName) {
        List<BarChart.Bar> bars = d.projects().stream()
                .map(p -> new BarChart.Bar(p.name(), p.funds().totalInWan()))
                .sorted(Comparator.comparing(BarChart.Bar::amount).reversed())
                .toList();
        String title = officeName + d.year() + "年度各项目资金（万元）";
        String description = "横向条形图，" + bars.size() + "个项目的年度资金总额，单位万元，按金额从高到低排列"
                + extremes(bars) + "。图下表格列出每个项目的金额。";
        return new BarChart("chart-projects", title, description, "项目名称", "万元", bars);
    }

    /**
     * The projects' funds summed by source. A source no project lists is left out, not shown as zero; what the
     * totals hold beyond the listed sources is its own bar, so that the bars add up to the year's total.
     */
    public static BarChart sources(Disclosure d, String officeName) {
        List<BarChart.Bar> bars = new ArrayList<>();
        source(bars, d, "财政拨款", Funds::fiscal, Palette.BLUE);
        source(bars, d, "专项债券", Funds::bond, Palette.GREEN);
        source(bars, d, "上年结转", Funds::carryover, Palette.BROWN);
        source(bars, d, "其他资金", Funds::other, Palette.PURPLE);
        BigDecimal total = sum(d.projects().stream().map(p -> p.funds().totalInWan()).toList());
        BigDecimal listed = sum(bars.stream().map(BarChart.Bar::amount).toList());
        if (total.compareTo(listed) > 0) {
            bars.add(new BarChart.Bar("未列明来源", total.subtract(listed), Palette.GREY));
        }
        String title = officeName + d.year() + "年度项目资金来源（万元）";
        String description = "横向条形图，各项目年度资金按来源合计，单位万元：" + listed(bars)
                + "；年度资金总额合计" + Wan.printed(total) + "万元。";
        return new BarChart("chart-sources", title, description, "资金来源", "万元", bars);
    }

    /** " ；最高为 A（1.00万元），最低为 B（…）", or nothing for fewer than two bars. */
    public static String extremes(List<BarChart.Bar> sortedLargestFirst) {
        if (sortedLargestFirst.size() < 2) {
            return "";
        }
        BarChart.Bar top = sortedLargestFirst.get(0);
        BarChart.Bar bottom = sortedLargestFirst.get(sortedLargestFirst.size() - 1);
        return "；最高为" + top.label() + "（" + Wan.printed(top.amount()) + "万元），最低为" + bottom.label() + "（"
                + Wan.printed(bottom.amount()) + "万元）";
    }

    /** "财政拨款30.00万元，其他资金4.37万元": every bar in words, for a description. */
    public static String listed(List<BarChart.Bar> bars) {
        return String.join("，", bars.stream().map(b -> b.label() + Wan.printed(b.amount()) + "万元").toList());
    }

    private static void source(List<BarChart.Bar> bars, Disclosure d, String label,
            Function<Funds, Optional<Money>> source, Palette colour) {
        boolean listed = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (Project p : d.projects()) {
            Optional<Money> money = source.apply(p.funds());
            if (money.isPresent()) {
                listed = true;
                sum = sum.add(p.funds().inWan(money.get()));
            }
        }
        if (listed) {
            bars.add(new BarChart.Bar(label, sum, colour));
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
