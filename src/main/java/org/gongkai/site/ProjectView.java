package org.gongkai.site;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.site.compare.ComparisonPage;

/** Builds the view of one 项目支出绩效目标表 page from its project record. */
final class ProjectView {

    /** The heading of a form that prints no title of its own: the seeds' form. */
    static final String FORM_TITLE = "项目支出绩效目标表";

    private ProjectView() {}

    static Pages.Project of(Project p, String officeName, int year, String yearHref,
            List<ComparisonPage.Link> comparisons, Pages.History history) {
        return of(p, officeName, year, yearHref, comparisons, history, List.of(), null);
    }

    /**
     * The page, with the 数据说明 notes it shows beside its funds (what the checks found in disagreement) and its
     * disclosure's 原文出处, {@code null} where it names none.
     */
    static Pages.Project of(Project p, String officeName, int year, String yearHref,
            List<ComparisonPage.Link> comparisons, Pages.History history, List<String> dataNotes,
            Pages.Original original) {
        return new Pages.Project(officeName, year, p.heading().orElse(null), p.name(), p.department().printed(),
                p.implementer(), p.source(), p.field().orElse(null), p.period().term(),
                p.period().construction().orElse(null), p.period().operation().orElse(null),
                p.responsible().orElse(null), p.funds().unit(), funds(p.funds()), p.goal(),
                IndicatorTable.of(p.indicators()), yearHref, comparisons, history, form(p.form()), dataNotes, original);
    }

    private static Pages.Form form(ProjectForm f) {
        return new Pages.Form(f.title().orElse(FORM_TITLE), f.category().orElse(null), f.division().orElse(null),
                f.overview().orElse(null), lines(f.rows()), f.periodGoal().orElse(null),
                f.longTermGoal().orElse(null), lines(f.after()));
    }

    private static List<Pages.FormLine> lines(List<FormRow> rows) {
        return rows.stream().map(r -> new Pages.FormLine(r.label(), r.text())).toList();
    }

    /**
     * The funds rows in the order and with the labels the form prints, listing only the sources it lists. A part of
     * 财政拨款 is marked as one only when 财政拨款 itself is listed above it; the first part says 其中, as forms do.
     */
    static List<Pages.FundRow> funds(Funds f) {
        List<Pages.FundRow> rows = new ArrayList<>();
        rows.add(new Pages.FundRow("年度资金总额：", f.total().map(Money::printed).orElse(null), false,
                note(f, Funds.TOTAL)));
        Funds.Kind previous = null;
        for (Funds.Source s : f.sources()) {
            Funds.Kind kind = s.kind();
            boolean part = kind.parent().flatMap(f::source).isPresent();
            // Sources come in Kind order, so the parts of 财政拨款 follow it and the first of them follows it directly.
            boolean opens = kind == Funds.Kind.FISCAL || part && kind.parent().get() == previous;
            rows.add(new Pages.FundRow((opens ? "其中：" : "") + kind.label(), s.amount().printed(), part,
                    note(f, kind.key())));
            previous = kind;
        }
        return rows;
    }

    private static String note(Funds f, String key) {
        return f.note(key).orElse(null);
    }
}
