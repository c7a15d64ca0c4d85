package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.value.MoneyUnits;
import org.gongkai.importer.FormContent.Entry;
import org.gongkai.importer.Labels.Field;

/** Turns the 部门（单位）整体支出 form into an {@link OverallBudget}, reading the task rows by their amount columns. */
final class OverallBuilder {

    private static final List<String> AMOUNT_COLUMNS = List.of("总额", "财政拨款", "其他资金");

    private final String sourceName;
    private final Problems problems;
    private final Amounts amounts;

    OverallBuilder(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
        this.amounts = new Amounts(sourceName, problems);
    }

    Optional<OverallBudget> build(FormContent form) {
        int line = form.title.line();
        String unitName = form.take(Field.UNIT_NAME).map(e -> e.value().text()).orElse("");
        if (unitName.isEmpty()) {
            problems.add(line, "整体支出绩效目标表缺少“部门（单位）名称”：请按原文补上。");
        }
        Optional<Entry> goal = form.take(Field.OVERALL_GOAL);
        if (goal.isEmpty()) {
            problems.add(line, "整体支出绩效目标表缺少“年度总体目标”：请按原文补上。");
        }
        String unit = form.taskHeader.stream().filter(c -> c.key().startsWith("预算金额"))
                .map(c -> Labels.unitIn(c.text())).flatMap(Optional::stream).findFirst().orElse(MoneyUnits.WAN);
        List<OverallTask> tasks = new ArrayList<>();
        Optional<OverallSum> sum = Optional.empty();
        List<String> columns = List.of();
        for (Block row : form.taskRows) {
            List<Cell> cells = row.nonEmpty();
            if (columns.isEmpty() && cells.stream().allMatch(c -> AMOUNT_COLUMNS.contains(c.key()))) {
                columns = cells.stream().map(Cell::key).toList();
                continue;
            }
            if (cells.get(0).key().equals("金额合计")) {
                if (sum.isPresent()) {
                    problems.add(row.line(), "“金额合计”出现了两次：请删去重复的一行。");
                    continue;
                }
                Optional<List<Optional<Money>>> a = amounts(cells.subList(1, cells.size()), columns, row, unit,
                        "“金额合计”一行");
                if (a.isPresent() && a.get().get(0).isPresent()) {
                    sum = Optional.of(new OverallSum(a.get().get(0).get(), a.get().get(1), a.get().get(2)));
                }
                continue;
            }
            if (cells.size() < 3) {
                problems.add(row.line(), "年度主要任务的这一行无法读取：每行应有任务名称、主要内容和预算金额。");
                continue;
            }
            Optional<List<Optional<Money>>> a = amounts(cells.subList(2, cells.size()), columns, row, unit,
                    "年度主要任务" + Problems.quote(cells.get(0).text()));
            if (a.isPresent() && a.get().get(0).isPresent()) {
                tasks.add(new OverallTask(cells.get(0).text(), cells.get(1).text(), a.get().get(0).get(),
                        a.get().get(1), a.get().get(2), new SourcePosition(sourceName, row.line(), 1)));
            }
        }
        for (Entry e : form.leftovers()) {
            problems.add(e.label().line(), "整体支出绩效目标表中有不该有的栏目" + Problems.quote(e.label().text())
                    + "：请检查是否两张不同的表连在了一起。");
        }
        return Optional.of(new OverallBudget(form.title.text(), unitName, unit, tasks, sum,
                goal.map(e -> e.value().text()).orElse(""), form.indicators.rows(),
                new SourcePosition(sourceName, line, 1)));
    }

    /** The row's 总额, 财政拨款 and 其他资金, each empty where the table has no such column. */
    private Optional<List<Optional<Money>>> amounts(List<Cell> cells, List<String> columns, Block row, String unit,
            String where) {
        List<String> names = columns.isEmpty() ? List.of("总额") : columns;
        if (cells.size() != names.size() || !names.contains("总额")) {
            problems.add(row.line(), "这一行有" + cells.size() + "个金额，而预算金额有" + names.size() + "列（"
                    + String.join("、", names) + "）：请检查这一行是否缺了或多了金额。");
            return Optional.empty();
        }
        List<Optional<Money>> out = new ArrayList<>();
        for (String column : AMOUNT_COLUMNS) {
            int i = names.indexOf(column);
            out.add(i < 0 ? Optional.empty() : amounts.readIn(cells.get(i), column, unit, where));
        }
        return Optional.of(out);
    }
}
