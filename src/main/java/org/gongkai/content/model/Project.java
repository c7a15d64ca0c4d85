package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/**
 * One 项目支出绩效目标表, with every field of the official form as published.
 *
 * <p>{@code id} is the project's stable URL segment; {@code heading} is the line that stood above the
 * table in the document (such as 1.“…”项目), where there was one.
 */
public record Project(
        String id,
        Optional<String> heading,
        String name,
        Department department,
        String implementer,
        String source,
        Optional<String> field,
        ProjectPeriod period,
        Optional<String> responsible,
        Funds funds,
        String goal,
        List<IndicatorRow> indicators,
        SourcePosition at) {

    public Project {
        indicators = List.copyOf(indicators);
    }
}
