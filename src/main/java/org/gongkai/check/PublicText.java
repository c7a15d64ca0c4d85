package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;

/**
 * Every text of a disclosure that the site shows to the public, with the field it comes from, where it
 * stands and what it concerns; text rules walk this list instead of knowing the model's shape.
 */
record PublicText(String text, String field, Kind kind, SourcePosition at, Subject subject) {

    /** Indicator cells are short and tied to the budget year; prose is longer and may cite other years. */
    enum Kind { PROSE, INDICATOR }

    static List<PublicText> of(Inspection in) {
        Disclosure d = in.disclosure;
        List<PublicText> out = new ArrayList<>();
        d.title().ifPresent(t -> out.add(new PublicText(t, "文件标题", Kind.PROSE, d.at(), in.subject)));
        for (int i = 0; i < d.notes().size(); i++) {
            out.add(new PublicText(d.notes().get(i), "说明", Kind.PROSE, d.noteAt(i), in.subject));
        }
        d.list().ifPresent(list -> {
            for (ListItem item : list.items()) {
                out.add(new PublicText(item.name(), "公开清单项目名称", Kind.PROSE, item.at(), in.subject.withProject(item.name())));
            }
        });
        d.excluded().forEach(e -> out.add(new PublicText(e.name() + " " + e.reason(), "未公开项目", Kind.PROSE, e.at(),
                in.subject.withProject(e.name()))));
        d.overall().ifPresent(o -> {
            Subject s = in.subject.withProject("整体支出");
            out.add(new PublicText(o.goal(), "年度总体目标", Kind.PROSE, o.at(), s));
            for (OverallTask t : o.tasks()) {
                out.add(new PublicText(t.name() + " " + t.content(), "年度主要任务", Kind.PROSE, t.at(), s));
            }
            indicators(out, o.indicators(), s);
        });
        for (Project p : d.projects()) {
            Subject s = in.of(p);
            out.add(new PublicText(p.name(), "项目名称", Kind.PROSE, p.positions().name(), s));
            p.heading().ifPresent(h -> out.add(new PublicText(h, "标题行", Kind.PROSE, p.positions().heading(), s)));
            out.add(new PublicText(p.implementer(), "实施单位", Kind.PROSE, p.at(), s));
            p.responsible().ifPresent(r -> out.add(new PublicText(r, "项目责任人", Kind.PROSE, p.at(), s)));
            out.add(new PublicText(p.goal(), "年度目标", Kind.PROSE, p.positions().goal(), s));
            indicators(out, p.indicators(), s);
        }
        return out;
    }

    private static void indicators(List<PublicText> out, List<IndicatorRow> rows, Subject s) {
        for (IndicatorRow row : rows) {
            Subject r = s.withIndicator(Inspection.indicatorName(row));
            out.add(new PublicText(row.level3(), "三级指标", Kind.INDICATOR, row.at(), r));
            out.add(new PublicText(row.value(), "指标值", Kind.INDICATOR, row.at(), r));
        }
    }
}
