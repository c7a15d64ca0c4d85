package org.gongkai.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Region;
import org.gongkai.site.chart.BarChart;
import org.gongkai.site.chart.ChartLayout;
import org.gongkai.site.chart.MissingTotals;
import org.gongkai.site.chart.YearCharts;
import org.gongkai.site.compare.ComparisonPage;

/** Builds the home page (regions → offices → years) and the office pages from disclosure summaries. */
final class IndexView {

    /** Bars on the home page's office chart: more would make a phone scroll through a wall of bars. */
    static final int CHARTED_OFFICES = 20;

    private final List<Office> offices;
    private final Map<String, List<DisclosureSummary>> byOffice;

    IndexView(List<Office> offices, List<DisclosureSummary> summaries) {
        this.offices = offices.stream().sorted(Comparator.comparing(Office::id)).toList();
        this.byOffice = summaries.stream().collect(Collectors.groupingBy(DisclosureSummary::officeId));
    }

    Pages.Home home(List<Region> regions, List<Pages.Download> downloads, int comparisonCount) {
        List<DisclosureSummary> all = byOffice.values().stream().flatMap(List::stream).toList();
        TreeMap<Integer, List<DisclosureSummary>> byYear = byYear(all);
        return new Pages.Home(regionNodes(regions), offices.size(), all.size(),
                all.stream().mapToInt(DisclosureSummary::projectCount).sum(), yearTotals(byYear),
                downloads, ChartLayout.of(officeChart(all)), ChartLayout.of(yearChart(byYear, all)), comparisonCount);
    }

    /** The disclosures of each budget year, earliest first: the home page's year lines and its year chart. */
    private static TreeMap<Integer, List<DisclosureSummary>> byYear(List<DisclosureSummary> all) {
        TreeMap<Integer, List<DisclosureSummary>> byYear = new TreeMap<>();
        all.forEach(s -> byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s));
        return byYear;
    }

    /** The exact sum of the disclosures' totals. */
    private static BigDecimal total(List<DisclosureSummary> summaries) {
        return Amounts.sum(summaries.stream().map(DisclosureSummary::totalWan).toList());
    }

    /** Each budget year's total over the site, newest first: a sum over years adds budgets no one approved together. */
    private static List<Pages.YearTotal> yearTotals(TreeMap<Integer, List<DisclosureSummary>> byYear) {
        return byYear.descendingMap().entrySet().stream()
                .map(e -> new Pages.YearTotal(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToInt(DisclosureSummary::projectCount).sum(),
                        Money.computed(total(e.getValue())), leftOut(e.getValue())))
                .toList();
    }

    /** The offices with the largest totals over all their years; the home page lists every office anyway. */
    private BarChart officeChart(List<DisclosureSummary> all) {
        List<BarChart.Bar> bars = offices.stream()
                .filter(o -> byOffice.containsKey(o.id()))
                .map(o -> BarChart.Bar.computed(o.name(), total(byOffice.get(o.id()))))
                .sorted(Comparator.comparing(BarChart.Bar::amount).reversed())
                .toList();
        List<BarChart.Bar> shown = bars.subList(0, Math.min(bars.size(), CHARTED_OFFICES));
        String which = shown.size() < bars.size() ? "合计金额最高的" + shown.size() + "个单位（共" + bars.size() + "个）" : bars.size() + "个单位";
        return new BarChart("chart-offices", "各单位公开项目资金合计（万元，所有年度）",
                "横向条形图，" + which + "所有年度公开项目的年度资金总额之和" + leftOut(all) + "，单位万元，按金额从高到低排列"
                        + YearCharts.extremes(shown) + "。图下表格列出图中各单位的金额。",
                "单位", "万元", shown);
    }

    private static BarChart yearChart(TreeMap<Integer, List<DisclosureSummary>> byYear, List<DisclosureSummary> all) {
        List<BarChart.Bar> bars = byYear.entrySet().stream()
                .map(e -> BarChart.Bar.computed(e.getKey() + "年度", total(e.getValue())))
                .toList();
        return new BarChart("chart-years", "各年度公开项目资金合计（万元，所有单位）",
                "横向条形图，按预算年度从早到晚，每年所有单位公开项目的年度资金总额之和" + leftOut(all) + "，单位万元："
                        + YearCharts.listed(bars) + "。",
                "预算年度", "万元", bars);
    }

    Pages.Office office(Office office, String regionPath, String introductionHtml,
            List<ComparisonPage.Link> acrossYears) {
        Pages.LatestYear latest = byOffice.getOrDefault(office.id(), List.of()).stream()
                .max(Comparator.comparingInt(DisclosureSummary::year))
                .map(s -> new Pages.LatestYear(s.year(), s.year() + "/", s.projects()))
                .orElse(null);
        return new Pages.Office(office.name(), regionPath, office.code(), introductionHtml, years(office.id(), ""),
                latest, List.copyOf(acrossYears));
    }

    /** The years of an office, newest first, with links relative to {@code base}. */
    List<Pages.YearEntry> years(String officeId, String base) {
        return byOffice.getOrDefault(officeId, List.of()).stream()
                .sorted(Comparator.comparingInt(DisclosureSummary::year).reversed())
                .map(s -> new Pages.YearEntry(s.year(), base + s.year() + "/", s.projectCount(),
                        Money.computed(s.totalWan()), MissingTotals.besideSum(s.untotalled())))
                .toList();
    }

    /** What a sum over {@code summaries} says of the projects it leaves out for want of a total, if any. */
    private static String leftOut(List<DisclosureSummary> summaries) {
        return MissingTotals.besideSum(summaries.stream().mapToInt(DisclosureSummary::untotalled).sum());
    }

    /** Regions that hold offices, directly or below; empty branches are left out of the home page. */
    private List<Pages.RegionNode> regionNodes(List<Region> regions) {
        List<Pages.RegionNode> nodes = new ArrayList<>();
        for (Region region : regions) {
            List<Pages.OfficeEntry> here = offices.stream()
                    .filter(o -> o.regionId().equals(region.id()))
                    .map(o -> new Pages.OfficeEntry(o.name(), SitePaths.office(o.id()), years(o.id(), SitePaths.office(o.id()))))
                    .toList();
            List<Pages.RegionNode> children = regionNodes(region.children());
            if (!here.isEmpty() || !children.isEmpty()) {
                nodes.add(new Pages.RegionNode(region.name(), here, children));
            }
        }
        return nodes;
    }
}
