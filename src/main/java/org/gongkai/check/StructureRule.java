package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.text.LevelNames;
import org.gongkai.content.text.Names;

/**
 * Indicator tables follow the official hierarchy and are complete: known 一级 and 二级 names in one template
 * ({@link Hierarchy}), every category the form asks for (数量, 质量, 时效, 成本, 效益, 服务对象满意度), no duplicated
 * indicator, and no row with a name but no value or a value but no name. Rows the source left empty are noted.
 */
final class StructureRule implements Rule {

    @Override
    public void check(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            table(in, p.indicators(), in.of(p), p.at(), "项目表“" + p.name() + "”");
        }
        in.disclosure.overall().ifPresent(o -> table(in, o.indicators(), in.subject.withProject("整体支出"), o.at(),
                "整体支出绩效目标表"));
    }

    private static void table(Inspection in, List<IndicatorRow> rows, Subject about, SourcePosition at, String table) {
        levels(in, rows, about);
        Map<String, IndicatorRow> seen = new HashMap<>();
        for (IndicatorRow row : rows) {
            Subject s = about.withIndicator(Inspection.indicatorName(row));
            if (row.isEmpty()) {
                in.notice("indicator.empty-row", row.at(), s, "“" + row.level1() + "／" + row.level2()
                        + "”一行没有三级指标和指标值。原文如此时照录即可；若该项不适用，可写明“不适用”。");
            } else if (row.value().isBlank()) {
                in.warning("indicator.value-missing", row.at(), s, "三级指标“" + row.level3() + "”没有指标值。请按原文补上，"
                        + "或确认原文本身缺少指标值。");
            } else if (row.level3().isBlank()) {
                in.warning("indicator.name-missing", row.at(), s, "指标值“" + row.value() + "”没有三级指标名称。请按原文补上。");
            }
            if (!row.level3().isBlank()) {
                String key = LevelNames.stem(row.level1()) + "|" + Names.normalised(row.level3());
                IndicatorRow first = seen.putIfAbsent(key, row);
                if (first != null) {
                    in.warning("indicator.duplicate", row.at(), s, "三级指标“" + row.level3() + "”在" + table + "中重复出现（第一次在第 "
                            + first.at().line() + " 行，指标值“" + first.value() + "”）。请核对原文。");
                }
            }
        }
        missingCategories(in, rows, about, at, table);
    }

    /**
     * One finding per (一级, 二级) pair of a table, at its first row: a wrong name is one mistake, however many rows
     * share it. Each row is judged by its own 一级's place in its template; a table whose rows come from two
     * templates is one further finding, at the first row that does not fit the table's own.
     */
    private static void levels(Inspection in, List<IndicatorRow> rows, Subject about) {
        Map<String, List<IndicatorRow>> groups = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            groups.computeIfAbsent(row.level1() + "|" + row.level2(), k -> new ArrayList<>()).add(row);
        }
        for (List<IndicatorRow> group : groups.values()) {
            IndicatorRow row = group.get(0);
            Subject s = about.withIndicator(Inspection.indicatorName(row));
            String rowsNote = group.size() > 1 ? "（本表共 " + group.size() + " 行）" : "";
            Optional<Hierarchy.Level1> level1 = Hierarchy.level1(row.level1());
            if (level1.isEmpty()) {
                in.warning("indicator.level1", row.at(), s, "一级指标“" + row.level1() + "”不在官方指标体系中（"
                        + Hierarchy.describeLevel1s() + "）" + rowsNote + "。请核对原文。");
            } else if (row.level2().isBlank()) {
                // Templates without a 二级 under this 一级 leave the cell empty: that is the form, not a gap.
                if (!level1.get().withoutLevel2()) {
                    in.notice("indicator.level2-empty", row.at(), s, "一级指标“" + row.level1() + "”下的二级指标为空" + rowsNote
                            + "。官方模板中应为" + level1.get().describeLevel2() + "之一。");
                }
            } else if (!level1.get().level2().contains(LevelNames.stem(row.level2()))) {
                in.warning("indicator.level2", row.at(), s, "二级指标“" + row.level2() + "”不属于一级指标“" + row.level1() + "”"
                        + rowsNote + "。官方模板中应为" + level1.get().describeLevel2() + "之一"
                        + (level1.get().withoutLevel2() ? "，或不设二级指标" : "") + "；请核对原文。");
            }
        }
        mixedTemplates(in, rows, about);
    }

    /**
     * Rows of another template than the table's own, which is the one most of its rows belong to (the first to
     * appear, on a tie). The shared satisfaction 一级 count for both, so they never make a table mixed.
     */
    private static void mixedTemplates(Inspection in, List<IndicatorRow> rows, Subject about) {
        Map<Hierarchy.Template, Integer> counts = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            Hierarchy.level1(row.level1()).ifPresent(l -> Hierarchy.templatesOf(l).forEach(t -> counts.merge(t, 1, Integer::sum)));
        }
        Hierarchy.Template own = null;
        for (Map.Entry<Hierarchy.Template, Integer> e : counts.entrySet()) {
            if (own == null || e.getValue() > counts.get(own)) {
                own = e.getKey();
            }
        }
        if (own == null) {
            return;
        }
        List<IndicatorRow> others = new ArrayList<>();
        for (IndicatorRow row : rows) {
            Optional<Hierarchy.Level1> level1 = Hierarchy.level1(row.level1());
            if (level1.isPresent() && !own.has(level1.get())) {
                others.add(row);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        IndicatorRow first = others.get(0);
        Hierarchy.Template theirs = Hierarchy.templatesOf(Hierarchy.level1(first.level1()).get()).get(0);
        in.warning("indicator.mixed-templates", first.at(), about.withIndicator(Inspection.indicatorName(first)), "一级指标“"
                + first.level1() + "”属于“" + theirs.name() + "”模板，而本表其余各行用“" + own.name() + "”模板（本表有 "
                + others.size() + " 行属于前者）。同一张表只用一种模板；请核对原文：是否把两张表的行合在了一起，或一级指标名称录错了。");
    }

    /** The categories the form asks for, each present when some row of it has a name or a value. */
    private static void missingCategories(Inspection in, List<IndicatorRow> rows, Subject about, SourcePosition at, String table) {
        Map<String, Boolean> present = new LinkedHashMap<>();
        for (String category : List.of("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "服务对象满意度指标")) {
            present.put(category, false);
        }
        for (IndicatorRow row : rows) {
            Optional<Hierarchy.Level1> level1 = Hierarchy.level1(row.level1());
            if (row.isEmpty() || level1.isEmpty()) {
                continue;
            }
            String l2 = LevelNames.stem(row.level2());
            switch (level1.get().role()) {
                case OUTPUT -> {
                    if (level1.get().level2().contains(l2)) {
                        present.put(l2 + "指标", true);
                    }
                }
                case COST -> present.put("成本指标", true);
                // 社会公众或服务对象满意度 under 项目效益 is the satisfaction the form asks for, not a benefit.
                case BENEFIT -> present.put(LevelNames.isSatisfaction(row.level2()) ? "服务对象满意度指标" : "效益指标", true);
                case SATISFACTION -> present.put("服务对象满意度指标", true);
            }
        }
        List<String> missing = new ArrayList<>();
        present.forEach((category, found) -> {
            if (!found) {
                missing.add(category);
            }
        });
        if (!missing.isEmpty()) {
            in.warning("indicator.missing-category", at, about, table + "缺少" + String.join("、", missing)
                    + "。绩效目标表应包含数量、质量、时效、成本、效益和服务对象满意度指标；请核对原文。");
        }
    }
}
