package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/**
 * One 项目支出绩效目标表, with every field of the official form as published.
 *
 * <p>{@code id} is the project's stable URL segment; {@code heading} is the line that stood above the
 * table in the document (such as 1.“…”项目), where there was one. {@code form} holds what other templates print
 * beyond these fields.
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
        SourcePosition at,
        Positions positions,
        ProjectForm form) {

    /** Where the project's longer texts stand, so that a finding about one points at its own line. */
    public record Positions(SourcePosition name, SourcePosition heading, SourcePosition goal) {

        /** Every text at the project's own position, for records made without a source file. */
        public static Positions at(SourcePosition at) {
            return new Positions(at, at, at);
        }
    }

    public Project {
        indicators = List.copyOf(indicators);
    }

    /** A project of the seeds' form, with nothing beyond the common fields. */
    public Project(String id, Optional<String> heading, String name, Department department, String implementer,
            String source, Optional<String> field, ProjectPeriod period, Optional<String> responsible, Funds funds,
            String goal, List<IndicatorRow> indicators, SourcePosition at, Positions positions) {
        this(id, heading, name, department, implementer, source, field, period, responsible, funds, goal, indicators, at,
                positions, ProjectForm.NONE);
    }

    /** A project whose texts are all placed at its own position. */
    public Project(String id, Optional<String> heading, String name, Department department, String implementer,
            String source, Optional<String> field, ProjectPeriod period, Optional<String> responsible, Funds funds,
            String goal, List<IndicatorRow> indicators, SourcePosition at) {
        this(id, heading, name, department, implementer, source, field, period, responsible, funds, goal, indicators, at,
                Positions.at(at));
    }
}
