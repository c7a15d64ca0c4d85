package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/** The 部门（单位）整体支出绩效目标 table, where an office publishes one. */
public record OverallBudget(
        String title,
        String unitName,
        String unit,
        List<OverallTask> tasks,
        Optional<OverallSum> sum,
        String goal,
        List<IndicatorRow> indicators,
        SourcePosition at) {

    public OverallBudget {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
    }
}
