package org.gongkai.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.site.compare.ComparisonPage;

/** Builds the view of one 项目支出绩效目标表 page from its project record. */
final class ProjectView {

    private ProjectView() {}

    static Pages.Project of(Project p, String officeName, int year, String yearHref,
            List<ComparisonPage.Link> comparisons, Pages.History history) {
        return new Pages.Project(officeName, year, p.heading().orElse(null), p.name(), p.department().printed(),
                p.implementer(), p.source(), p.field().orElse(null), p.period().term(),
                p.period().construction().orElse(null), p.period().operation().orElse(null),
                p.responsible().orElse(null), p.funds().unit(), funds(p.funds()), p.goal(),
                IndicatorTable.lines(p.indicators()), yearHref, comparisons, history);
    }

    /** The funds rows in the order and with the labels the form prints, listing only the sources it lists. */
    private static List<Pages.FundRow> funds(Funds f) {
        List<Pages.FundRow> rows = new ArrayList<>();
        rows.add(new Pages.FundRow("年度资金总额：", f.total().printed()));
        add(rows, "其中：财政拨款", f.fiscal());
        add(rows, "专项债券", f.bond());
        add(rows, "上年结转", f.carryover());
        add(rows, "其他资金", f.other());
        return rows;
    }

    private static void add(List<Pages.FundRow> rows, String label, Optional<Money> money) {
        money.ifPresent(m -> rows.add(new Pages.FundRow(label, m.printed())));
    }
}
