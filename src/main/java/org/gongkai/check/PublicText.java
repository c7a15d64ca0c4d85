package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.content.model.SourcePosition;

/**
 * Every text of a disclosure that the site shows to the public, with the field it comes from, where it
 * stands and what it concerns; text rules walk this list instead of knowing the model's shape.
 */
record PublicText(String text, String field, Kind kind, SourcePosition at, Subject subject) {

    /**
     * Indicator cells are short and tied to the budget year; prose is longer and may cite other years. Labels are
     * the forms' short fields (codes, categories, terms, titles, a row's label, an indicator's 计量单位): not
     * sentences, so only the rules about how a text begins and about personal data read them.
     */
    enum Kind { PROSE, INDICATOR, LABEL }

    static List<PublicText> of(Inspection in) {
        Disclosure d = in.disclosure;
        List<PublicText> out = new ArrayList<>();
        d.title().ifPresent(t -> out.add(new PublicText(t, "文件标题", Kind.PROSE, d.at(), in.subject)));
        for (int i = 0; i < d.notes().size(); i++) {
            out.add(new PublicText(d.notes().get(i), "说明", Kind.PROSE, d.noteAt(i), in.subject));
        }
        d.list().ifPresent(list -> {
            out.add(new PublicText(list.title(), "公开清单标题", Kind.LABEL, d.at(), in.subject));
            for (ListItem item : list.items()) {
                Subject s = in.subject.withProject(item.name());
                out.add(new PublicText(item.number(), "公开清单序号", Kind.LABEL, item.at(), s));
                out.add(new PublicText(item.name(), "公开清单项目名称", Kind.PROSE, item.at(), s));
            }
        });
        for (ExcludedItem e : d.excluded()) {
            Subject s = in.subject.withProject(e.name());
            out.add(new PublicText(e.name(), "未公开项目名称", Kind.PROSE, e.at(), s));
            out.add(new PublicText(e.reason(), "不公开原因", Kind.PROSE, e.at(), s));
        }
        d.overall().ifPresent(o -> {
            Subject s = in.subject.withProject("整体支出");
            out.add(new PublicText(o.title(), "整体支出表标题", Kind.LABEL, o.at(), s));
            out.add(new PublicText(o.unitName(), "部门（单位）名称", Kind.LABEL, o.at(), s));
            out.add(new PublicText(o.goal(), "年度总体目标", Kind.PROSE, o.at(), s));
            for (OverallTask t : o.tasks()) {
                out.add(new PublicText(t.name(), "年度主要任务", Kind.PROSE, t.at(), s));
                out.add(new PublicText(t.content(), "主要任务内容", Kind.PROSE, t.at(), s));
            }
            indicators(out, o.indicators(), s);
        });
        for (Project p : d.projects()) {
            Subject s = in.of(p);
            out.add(new PublicText(p.name(), "项目名称", Kind.PROSE, p.positions().name(), s));
            p.heading().ifPresent(h -> out.add(new PublicText(h, "标题行", Kind.PROSE, p.positions().heading(), s)));
            out.add(new PublicText(p.department().code(), "主管部门代码", Kind.LABEL, p.at(), s));
            out.add(new PublicText(p.department().name(), "主管部门", Kind.LABEL, p.at(), s));
            out.add(new PublicText(p.implementer(), "实施单位", Kind.PROSE, p.at(), s));
            out.add(new PublicText(p.source(), "项目来源", Kind.LABEL, p.at(), s));
            p.field().ifPresent(f -> out.add(new PublicText(f, "资金投向领域", Kind.LABEL, p.at(), s)));
            out.add(new PublicText(p.period().term(), "项目期", Kind.LABEL, p.at(), s));
            p.period().construction().ifPresent(c -> out.add(new PublicText(c, "建设期限", Kind.LABEL, p.at(), s)));
            p.period().operation().ifPresent(o -> out.add(new PublicText(o, "运营期限", Kind.LABEL, p.at(), s)));
            p.responsible().ifPresent(r -> out.add(new PublicText(r, "项目责任人", Kind.PROSE, p.at(), s)));
            out.add(new PublicText(p.goal(), "年度目标", Kind.PROSE, p.positions().goal(), s));
            funds(out, p.funds(), p.at(), s);
            form(out, p.form(), p.at(), s);
            indicators(out, p.indicators(), s);
        }
        for (Correction c : d.corrections()) {
            out.add(new PublicText(c.note(), "更正说明", Kind.PROSE, c.at(), in.subject));
        }
        return out;
    }

    /**
     * The notes printed beside amounts (854万(高标准农田建设400万元,…)), each at its amount; a note whose amount is
     * not written stands at the total, or at the project where the form printed no readable total.
     */
    private static void funds(List<PublicText> out, Funds f, SourcePosition project, Subject s) {
        SourcePosition total = f.total().map(Money::at).orElse(project);
        f.note(Funds.TOTAL).ifPresent(n -> out.add(new PublicText(n, "年度资金总额的说明", Kind.PROSE, total, s)));
        for (Funds.Kind kind : Funds.Kind.values()) {
            f.note(kind.key()).ifPresent(n -> out.add(new PublicText(n, kind.label() + "的说明", Kind.PROSE,
                    f.source(kind).map(Money::at).orElse(total), s)));
        }
    }

    /**
     * What other provinces' forms print beyond the common fields. The model keeps no position for the single fields,
     * so they stand at the project; the rows have their own. A row's text is named by its label (填表人, 联系电话…),
     * and is prose: a row may hold anything from a name to a paragraph of 审核意见 or 注.
     */
    private static void form(List<PublicText> out, ProjectForm form, SourcePosition at, Subject s) {
        form.title().ifPresent(t -> out.add(new PublicText(t, "表格标题", Kind.LABEL, at, s)));
        form.category().ifPresent(t -> out.add(new PublicText(t, "项目类别", Kind.LABEL, at, s)));
        form.division().ifPresent(t -> out.add(new PublicText(t, "归口科室", Kind.LABEL, at, s)));
        form.overview().ifPresent(t -> out.add(new PublicText(t, "项目概况", Kind.PROSE, at, s)));
        form.periodGoal().ifPresent(t -> out.add(new PublicText(t, "总体目标", Kind.PROSE, at, s)));
        form.longTermGoal().ifPresent(t -> out.add(new PublicText(t, "长期目标", Kind.PROSE, at, s)));
        for (FormRow row : form.rows()) {
            formRow(out, row, s);
        }
        for (FormRow row : form.after()) {
            formRow(out, row, s);
        }
    }

    private static void formRow(List<PublicText> out, FormRow row, Subject s) {
        out.add(new PublicText(row.label(), "栏目名称", Kind.LABEL, row.at(), s));
        out.add(new PublicText(row.text(), row.label(), Kind.PROSE, row.at(), s));
    }

    /**
     * The four texts of each row, and the columns of templates that print more: 绩效标准 and 备注 are prose (a
     * standard often cites an earlier year's level), 指标性质, 指标方向, 计量单位 and 分值 are labels.
     */
    private static void indicators(List<PublicText> out, List<IndicatorRow> rows, Subject s) {
        for (IndicatorRow row : rows) {
            Subject r = s.withIndicator(Inspection.indicatorName(row));
            out.add(new PublicText(row.level1(), "一级指标", Kind.LABEL, row.at(), r));
            out.add(new PublicText(row.level2(), "二级指标", Kind.LABEL, row.at(), r));
            out.add(new PublicText(row.level3(), "三级指标", Kind.INDICATOR, row.at(), r));
            out.add(new PublicText(row.value(), "指标值", Kind.INDICATOR, row.at(), r));
            IndicatorColumns c = row.columns();
            c.standard().ifPresent(t -> out.add(new PublicText(t, "绩效标准", Kind.PROSE, row.at(), r)));
            c.nature().ifPresent(t -> out.add(new PublicText(t, "指标性质", Kind.LABEL, row.at(), r)));
            c.direction().ifPresent(t -> out.add(new PublicText(t, "指标方向", Kind.LABEL, row.at(), r)));
            c.unit().ifPresent(t -> out.add(new PublicText(t, "计量单位", Kind.LABEL, row.at(), r)));
            c.score().ifPresent(t -> out.add(new PublicText(t, "分值", Kind.LABEL, row.at(), r)));
            c.remark().ifPresent(t -> out.add(new PublicText(t, "备注", Kind.PROSE, row.at(), r)));
        }
    }
}
