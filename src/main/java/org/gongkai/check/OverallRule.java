package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.text.Names;
import org.gongkai.content.value.MoneyUnits;

/**
 * The 整体支出 table agrees with itself and with the project tables: its printed 金额合计 is the sum of its
 * tasks, and each project task has a project table with the same amount (compared exactly in the 整体支出 table's
 * unit, whichever of 元 and 万元 each prints; a table without a total is compared by name only). 基本支出 is not a
 * project.
 */
final class OverallRule implements Rule {

    @Override
    public void check(Inspection in) {
        if (in.disclosure.overall().isEmpty()) {
            return;
        }
        OverallBudget o = in.disclosure.overall().get();
        o.sum().ifPresent(sum -> sums(in, o, sum));
        List<Project> left = new ArrayList<>(in.disclosure.projects());
        for (OverallTask task : o.tasks()) {
            if (task.name().contains("基本支出")) {
                continue;
            }
            Optional<Project> match = left.stream()
                    .filter(p -> Names.normalised(p.name()).equals(Names.normalised(task.name())))
                    .findFirst()
                    .or(() -> Names.nearest(task.name(), left, Project::name));
            if (match.isEmpty()) {
                in.warning("overall.task-without-table", task.at(), in.subject.withProject(task.name()), "整体支出表的任务“"
                        + task.name() + "”（" + task.total().printed() + o.unit() + "）没有名称对应的项目支出绩效目标表。"
                        + "请核对任务名称与项目名称是否一致。");
                continue;
            }
            Project p = match.get();
            left.remove(p);
            if (!Names.normalised(p.name()).equals(Names.normalised(task.name()))) {
                in.notice("overall.task-name", task.at(), in.of(p), "整体支出表的任务“" + task.name() + "”与项目表名称“"
                        + p.name() + "”不完全相同。请统一名称，便于读者对照。");
            }
            if (p.funds().total().isEmpty()) {
                continue; // A table without a total has nothing to compare (funds.no-total says so).
            }
            Money printed = p.funds().total().get();
            Optional<BigDecimal> total = MoneyUnits.convert(printed.value(), p.funds().unit(), o.unit());
            if (total.isPresent() && !Amounts.same(task.total().value(), total.get())) {
                in.disagreement("overall.task-amount", task.at(), in.of(p), "整体支出表中“" + task.name() + "”的总额 "
                        + task.total().printed() + o.unit() + " 与项目表“" + p.name() + "”的年度资金总额 "
                        + printed.printed() + p.funds().unit() + Amounts.alsoIn(total.get(), p.funds().unit(), o.unit())
                        + " 不一致，相差 " + Amounts.difference(task.total().value(), total.get()) + o.unit() + "。请核对原文。",
                        "本表年度资金总额为 " + printed.printed() + " " + p.funds().unit() + "，同一文件的整体支出表中“"
                                + task.name() + "”列示 " + task.total().printed() + " " + o.unit() + "；");
            }
        }
        for (Project p : left) {
            in.warning("overall.table-not-in-tasks", p.at(), in.of(p), "项目表“" + p.name()
                    + "”不在整体支出表的年度主要任务中。请核对整体支出表是否漏列该项目。");
        }
    }

    private static void sums(Inspection in, OverallBudget o, OverallSum sum) {
        List<Money> totals = o.tasks().stream().map(OverallTask::total).toList();
        compare(in, "总额", Amounts.sum(totals), Optional.of(sum.total()), o.unit());
        compare(in, "财政拨款", Amounts.sum(o.tasks().stream().flatMap(t -> t.fiscal().stream()).toList()), sum.fiscal(), o.unit());
        compare(in, "其他资金", Amounts.sum(o.tasks().stream().flatMap(t -> t.other().stream()).toList()), sum.other(), o.unit());
    }

    private static void compare(Inspection in, String column, BigDecimal computed, Optional<Money> printed, String unit) {
        printed.filter(m -> !Amounts.same(m.value(), computed)).ifPresent(m -> in.warning("overall.sum", m.at(), in.subject,
                "整体支出表“金额合计”的" + column + " " + m.printed() + unit + " 与各任务" + column + "之和 "
                        + Money.computed(computed) + unit + " 不一致，相差 " + Amounts.difference(m.value(), computed) + unit
                        + "。请核对原文。"));
    }
}
