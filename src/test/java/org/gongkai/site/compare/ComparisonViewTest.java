package org.gongkai.site.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a comparison table matches indicators across projects and how wide it may grow. */
class ComparisonViewTest {

    static final GroupKey KEY = new GroupKey("rexian", "政务服务便民热线", "项目名称含“热线”");

    static ProjectRef project(String office, int year, String total) {
        return new ProjectRef(0, office, office + "办公室", year, "p", "热线项目", Optional.of(total),
                List.of(KEY));
    }

    @Test
    void indicatorsMatchByTheirThreeLevelsWithOrWithoutATrailingZhibiao() {
        ProjectRef a = project("a", 2024, "10.00");
        ProjectRef b = project("b", 2024, "25.30");
        Map<String, Indicators> rows = new HashMap<>();
        rows.put(Grouping.pageKey(a), new Indicators(List.of(
                new Indicators.Line("效益指标", "社会效益指标", "群众满意度", "≥90%"),
                new Indicators.Line("产出指标", "数量指标", "受理量", "≥1万件"),
                new Indicators.Line("产出指标", "数量指标", "受理量", "≥2万件"))));
        rows.put(Grouping.pageKey(b), new Indicators(List.of(
                new Indicators.Line("效益指标", "社会效益", "群众满意度", "≥95%"),
                new Indicators.Line("产出指标", "质量指标", "受理量", "100%"))));
        ComparisonPage.Group page = ComparisonView.group(new Group(KEY, List.of(a, b)), rows, p -> p.officeId() + "/");
        assertEquals(List.of("10.00", "25.30"), page.columns().stream().map(ComparisonPage.Column::total).toList());
        assertEquals(1, page.sharedRows());
        List<String> table = page.rows().stream()
                .map(r -> r.level2() + "/" + r.level3() + "=" + values(r)).toList();
        assertEquals(List.of("社会效益指标/群众满意度=[≥90%, ≥95%]", "数量指标/受理量=[≥1万件；≥2万件, null]",
                "质量指标/受理量=[null, 100%]"), table);
    }

    @Test
    void aWideGroupListsEveryBudgetButSetsOnlyTheFirstTwelveSideBySide() {
        List<ProjectRef> members = new ArrayList<>();
        Map<String, Indicators> rows = new HashMap<>();
        for (int i = 0; i < ComparisonView.MAX_COLUMNS + 2; i++) {
            ProjectRef p = project(String.format("o%02d", i), 2024, i + ".00");
            members.add(p);
            if (i < ComparisonView.MAX_COLUMNS) {
                rows.put(Grouping.pageKey(p), new Indicators(List.of(new Indicators.Line("产出指标", "数量指标", "受理量", "≥" + i))));
            }
        }
        ComparisonPage.Group page = ComparisonView.group(new Group(KEY, members), rows, p -> "");
        assertEquals(ComparisonView.MAX_COLUMNS + 2, page.columns().size());
        assertEquals(ComparisonView.MAX_COLUMNS, page.shownColumns());
        assertEquals(members.subList(0, ComparisonView.MAX_COLUMNS), ComparisonView.tabled(new Group(KEY, members)));
        String[] values = new String[ComparisonView.MAX_COLUMNS];
        Arrays.setAll(values, i -> "≥" + i);
        assertEquals(List.of(values), values(page.rows().get(0)));
    }

    /** A row's values, null where a project has none. */
    static List<String> values(ComparisonPage.Row row) {
        return row.cells().stream().map(c -> c == null ? null : c.value()).toList();
    }
}
