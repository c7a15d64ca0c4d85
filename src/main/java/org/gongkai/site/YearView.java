package org.gongkai.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.Project;
import org.gongkai.content.text.Names;
import org.gongkai.site.chart.ChartLayout;
import org.gongkai.site.chart.MissingTotals;
import org.gongkai.site.chart.YearCharts;

/** Builds the view of an office's page for one year: the 公开清单, excluded items, notes and project links. */
final class YearView {

    private YearView() {}

    /**
     * The page of {@code d}, one of the versions of its document as {@code history} places it; {@code officeHref} is
     * the way to its office's page, which an earlier version's page has one level further; {@code dataNotes} are the
     * 数据说明 of its projects by project name, which the page names and links to.
     */
    static Pages.Year of(Disclosure d, String officeName, String officeHref, List<Pages.Download> downloads,
            Pages.History history, Map<String, List<String>> dataNotes) {
        BigDecimal totalWan = total(d);
        Map<String, String> hrefByName = new HashMap<>();
        for (Project p : d.projects()) {
            hrefByName.putIfAbsent(Names.normalised(p.name()), p.id() + "/");
        }
        List<Pages.ProjectEntry> projects = entries(d);
        return new Pages.Year(officeName, officeHref, d.year(), title(d, officeName),
                d.published().map(Object::toString).orElse(null), d.approved().map(Object::toString).orElse(null),
                list(d, hrefByName, totalWan), d.excluded().stream()
                        .map(e -> new Pages.Excluded(e.name(), e.amount().map(Money::printed).orElse(null), e.reason()))
                        .toList(),
                d.notes(), d.overall().map(YearView::overall).orElse(null), projects, d.projects().size(),
                Money.computed(totalWan), MissingTotals.besideSum(MissingTotals.in(d)),
                d.remarks().map(Markdown::toSafeHtml).orElse(null), downloads,
                ChartLayout.of(YearCharts.projects(d, officeName)), ChartLayout.of(YearCharts.sources(d, officeName)),
                history, Pages.Original.of(d.original()), noted(d, dataNotes));
    }

    /** The projects with 数据说明, in the order of the document, each linked to its notes. */
    private static List<Pages.NotedProject> noted(Disclosure d, Map<String, List<String>> dataNotes) {
        List<Pages.NotedProject> noted = new ArrayList<>();
        for (Project p : d.projects()) {
            int count = dataNotes.getOrDefault(p.name(), List.of()).size();
            if (count > 0) {
                noted.add(new Pages.NotedProject(p.name(), p.id() + "/#" + SitePaths.DATA_NOTES, count));
            }
        }
        return noted;
    }

    /** The projects as the year page lists them: name, link relative to the year page, total, indicator count. */
    static List<Pages.ProjectEntry> entries(Disclosure d) {
        List<Pages.ProjectEntry> projects = new ArrayList<>();
        for (Project p : d.projects()) {
            projects.add(new Pages.ProjectEntry(p.name(), p.id() + "/", totalInWan(p), p.indicators().size()));
        }
        return projects;
    }

    /** The projects' 年度资金总额 in 万元, summed exactly; those the forms did not print are left out. */
    static BigDecimal total(Disclosure d) {
        return Amounts.sum(d.projects().stream().flatMap(p -> p.funds().totalInWan().stream()).toList());
    }

    /** The disclosure's title as printed, or one made of the office and the year when the document has none. */
    static String title(Disclosure d, String officeName) {
        return d.title().orElse(officeName + d.year() + "年度预算绩效目标");
    }

    /**
     * A project's 年度资金总额 where the page says 万元 (the project page shows the form's own figure and unit);
     * null where the form printed none, which the page shows as 未列出.
     */
    private static String totalInWan(Project p) {
        return p.funds().totalPrintedInWan().orElse(null);
    }

    private static Pages.ListView list(Disclosure d, Map<String, String> hrefByName, BigDecimal totalWan) {
        if (d.list().isPresent()) {
            List<Pages.ListRow> rows = new ArrayList<>();
            for (ListItem item : d.list().get().items()) {
                rows.add(new Pages.ListRow(item.number(), item.name(), item.amount().printed(),
                        hrefByName.get(Names.normalised(item.name()))));
            }
            // The list's own amounts, in its own unit: 怀远 2024's add up to 572.00 as printed, its tables to 571.99.
            BigDecimal sum = Amounts.sum(d.list().get().items().stream().map(i -> i.amount().value()).toList());
            return new Pages.ListView(d.list().get().title(), d.list().get().unit(), false, rows, Money.computed(sum),
                    "");
        }
        List<Pages.ListRow> rows = new ArrayList<>();
        int n = 1;
        for (Project p : d.projects()) {
            rows.add(new Pages.ListRow(String.valueOf(n++), p.name(), totalInWan(p), p.id() + "/"));
        }
        return new Pages.ListView("项目支出绩效目标公开清单", "万元", true, rows, Money.computed(totalWan),
                MissingTotals.inNote(MissingTotals.in(d)));
    }

    private static Pages.Overall overall(OverallBudget o) {
        List<Pages.TaskRow> tasks = o.tasks().stream()
                .map(t -> new Pages.TaskRow(t.name(), t.content(), t.total().printed(),
                        t.fiscal().map(Money::printed).orElse(null), t.other().map(Money::printed).orElse(null)))
                .toList();
        Pages.TaskRow sum = o.sum().map(s -> new Pages.TaskRow("金额合计", "", s.total().printed(),
                s.fiscal().map(Money::printed).orElse(null), s.other().map(Money::printed).orElse(null))).orElse(null);
        return new Pages.Overall(o.title(), o.unitName(), o.unit(), tasks, sum, o.goal(), IndicatorTable.of(o.indicators()));
    }
}
