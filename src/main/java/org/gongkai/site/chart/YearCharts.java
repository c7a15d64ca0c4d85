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

    /** A source with a bar of its own, in the order of the bars. */
    private record Charted(String label, Function<Funds, Optional<Money>> amount, Palette colour) {}

    private static final List<Charted> CHARTED = List.of(new Charted("财政拨款", Funds::fiscal, Palette.BLUE),
            new Charted("专项债券", Funds::bond, Palette.GREEN), new Charted("上年结转", Funds::carryover, Palette.BROWN),
            new Charted("其他资金", Funds::other, Palette.PURPLE));

    private YearCharts() {}

    /**
     * Every project's 年度资金总额 in 万元, largest first; equal amounts keep the document's order. A project whose
     * form printed no total has no bar, and the description says so.
     */
    public static BarChart projects(Disclosure d, String officeName) {
        List<BarChart.Bar> bars = d.projects().stream()
                .flatMap(p -> p.funds().total().map(t -> new BarChart.Bar(p.name(), p.funds().inWan(t),
                        p.funds().printedInWan(t), Palette.BLUE)).stream())
                .sorted(Comparator.comparing(BarChart.Bar::amount).reversed())
                .toList();
        String title = officeName + d.year() + "年度各项目资金（万元）";
        String description = "横向条形图，" + bars.size() + "个项目的年度资金总额" + MissingTotals.besideSum(MissingTotals.in(d))
                + "，单位万元，按金额从高到低排列"
                + extremes(bars) + "。图下表格列出每个项目的金额。";
        return new BarChart("chart-projects", title, description, "项目名称", "万元", bars);
    }

    /**
     * The projects' funds summed by source. A source no project lists is left out, not shown as zero; what the
     * totals hold beyond the listed sources is its own bar, so that the bars add up to the year's total. A project
     * without a total adds its sources but nothing to that rest, which is unknown for it.
     */
    public static BarChart sources(Disclosure d, String officeName) {
        List<BarChart.Bar> bars = new ArrayList<>();
        CHARTED.forEach(c -> source(bars, d, c));
        List<Project> totalled = d.projects().stream().filter(p -> p.funds().total().isPresent()).toList();
        BigDecimal total = sum(totalled.stream().map(p -> p.funds().totalInWan().orElseThrow()).toList());
        BigDecimal listed = sum(totalled.stream().map(YearCharts::charted).toList());
        if (total.compareTo(listed) > 0) {
            bars.add(BarChart.Bar.computed("未列明来源", total.subtract(listed), Palette.GREY));
        }
        String title = officeName + d.year() + "年度项目资金来源（万元）";
        String description = "横向条形图，各项目年度资金按来源合计，单位万元：" + listed(bars)
                + "；年度资金总额合计" + Money.computed(total) + "万元" + MissingTotals.besideSum(MissingTotals.in(d)) + "。";
        return new BarChart("chart-sources", title, description, "资金来源", "万元", bars);
    }

    /** A project's sources that have bars, summed in 万元. */
    private static BigDecimal charted(Project p) {
        return sum(CHARTED.stream().flatMap(c -> c.amount().apply(p.funds()).map(p.funds()::inWan).stream()).toList());
    }

    /** " ；最高为 A（1.00万元），最低为 B（…）", or nothing for fewer than two bars. */
    public static String extremes(List<BarChart.Bar> sortedLargestFirst) {
        if (sortedLargestFirst.size() < 2) {
            return "";
        }
        BarChart.Bar top = sortedLargestFirst.get(0);
        BarChart.Bar bottom = sortedLargestFirst.get(sortedLargestFirst.size() - 1);
        return "；最高为" + top.label() + "（" + top.printed() + "万元），最低为" + bottom.label() + "（"
                + bottom.printed() + "万元）";
    }

    /** "财政拨款30.00万元，其他资金4.37万元": every bar in words, for a description. */
    public static String listed(List<BarChart.Bar> bars) {
        return String.join("，", bars.stream().map(b -> b.label() + b.printed() + "万元").toList());
    }

    private static void source(List<BarChart.Bar> bars, Disclosure d, Charted charted) {
        boolean listed = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (Project p : d.projects()) {
            Optional<Money> money = charted.amount().apply(p.funds());
            if (money.isPresent()) {
                listed = true;
                sum = sum.add(p.funds().inWan(money.get()));
            }
        }
        if (listed) {
            bars.add(BarChart.Bar.computed(charted.label(), sum, charted.colour()));
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
