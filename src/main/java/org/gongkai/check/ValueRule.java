package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.content.text.Names;
import org.gongkai.content.value.Comparator;
import org.gongkai.content.value.IndicatorValue;
import org.gongkai.content.value.Kind;

/**
 * Each 指标值 reads as comparator, number and unit, or as qualitative text: values that look numeric but cannot
 * be read, percentages above 100% or at least 100%, and values that only repeat their indicator's name. A value
 * whose unit or comparator stands in a column of its own (计量单位, 指标方向) is read with it ({@link IndicatorReading}).
 */
final class ValueRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            rows(in, p.indicators(), in.of(p));
        }
        in.disclosure.overall().ifPresent(o -> rows(in, o.indicators(), in.subject.withProject("整体支出")));
    }

    private static void rows(Inspection in, List<IndicatorRow> rows, Subject about) {
        for (IndicatorRow row : rows) {
            Subject s = about.withIndicator(Inspection.indicatorName(row));
            IndicatorReading r = IndicatorReading.of(row);
            IndicatorValue v = r.value();
            if (v.kind() == Kind.UNREADABLE) {
                in.notice("value.unreadable", row.at(), s, "指标值" + r.shown() + "读不成“比较符 + 数字 + 单位”"
                        + (v.unit().isEmpty() ? "" : "：“" + v.unit() + "”不是常用计量单位") + "。原文如此时照录即可；"
                        + "若原文有误，请按“≥95%”“≤5工作日”“4次/年”这样的写法更正。");
            } else if (v.isPercent() && v.number().isPresent()) {
                percent(in, row, s, r);
            } else if (v.kind() == Kind.QUALITATIVE && repeatsName(row)) {
                in.notice("value.repeats-name", row.at(), s, "指标值“" + row.value() + "”只是重复了三级指标名称“" + row.level3()
                        + "”，读者无法据此判断目标。请核对原文；目标应写明程度或数量，如“明显提升”“≥95%”。");
            }
        }
    }

    private static void percent(Inspection in, IndicatorRow row, Subject s, IndicatorReading r) {
        IndicatorValue v = r.value();
        int vs100 = v.number().get().compareTo(HUNDRED);
        boolean atLeast = v.comparator().filter(c -> c == Comparator.GE || c == Comparator.GT).isPresent();
        if (vs100 > 0 || (vs100 == 0 && v.comparator().filter(c -> c == Comparator.GT).isPresent())) {
            in.warning("value.percent-over-100", row.at(), s, "指标值" + r.shown() + "超过 100%。比率类指标不会超过 100%；"
                    + "请核对原文。");
        } else if (vs100 == 0 && atLeast) {
            in.notice("value.percent-at-least-100", row.at(), s, "指标值" + r.shown() + "要求不低于 100%，实际只能等于 100%。"
                    + "原文如此时照录即可；如需更正，可写作“100%”或“=100%”。");
        }
    }

    /**
     * The value is the name again, or the name with a few characters more (城市与国际间的交流与合作 → …情况).
     * A row that says 不适用 twice states that the indicator does not apply, which is an answer.
     */
    private static boolean repeatsName(IndicatorRow row) {
        String name = Names.normalised(row.level3());
        String value = Names.normalised(row.value());
        return !name.isEmpty() && !value.contains("不适用")
                && (value.equals(name) || (value.startsWith(name) && value.length() - name.length() <= 2));
    }
}
