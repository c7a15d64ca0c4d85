package org.gongkai.site.compare;

import java.util.List;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;

/**
 * The indicator rows of a grouped project, without their source positions: all that its comparison
 * tables need, kept only for projects that are in a group.
 */
public record Indicators(List<Line> lines) {

    public Indicators {
        lines = List.copyOf(lines);
    }

    /** One filled row: 一级, 二级 and 三级 指标 and the 指标值 as published. */
    public record Line(String level1, String level2, String level3, String value) {}

    public static Indicators of(Project p) {
        return new Indicators(p.indicators().stream().filter(r -> !r.isEmpty())
                .map(Indicators::line).toList());
    }

    private static Line line(IndicatorRow r) {
        return new Line(r.level1(), r.level2(), r.level3(), r.value());
    }
}
