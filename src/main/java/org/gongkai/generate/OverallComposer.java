package org.gongkai.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.generate.ProjectPlanner.Planned;

/**
 * Composes the 部门（单位）整体支出绩效目标表 some offices publish: 基本支出 and one task per project with the
 * project's own amounts, the printed sum of them all, and indicator rows gathered from the project tables.
 */
final class OverallComposer {

    /** Enough rows to cover every category and a few projects' outputs; 叶集's table has 48. */
    private static final int MAX_ROWS = 40;

    private OverallComposer() {}

    static OverallBudget compose(String officeName, List<Project> projects, List<Planned> plans, Dice dice,
            SourcePosition at) {
        List<OverallTask> tasks = new ArrayList<>();
        long basic = Budget.rounded(Budget.cents(100, 3000, dice), dice.between(1, 100));
        tasks.add(task("基本支出", "保障机关正常运转和在职人员工资福利支出", basic, basic, at));
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            long total = cents(p.funds().total().orElseThrow());
            long fiscal = cents(p.funds().fiscal().orElseThrow());
            tasks.add(task(p.name(), plans.get(i).topic().work(), total, fiscal, at));
        }
        long total = 0;
        long fiscal = 0;
        for (OverallTask t : tasks) {
            total += cents(t.total());
            fiscal += cents(t.fiscal().orElseThrow());
        }
        OverallSum sum = new OverallSum(Budget.money(total, at), Optional.of(Budget.money(fiscal, at)),
                Optional.of(Budget.money(total - fiscal, at)));
        List<String> works = plans.stream().limit(3).map(p -> p.topic().work()).toList();
        String goal = "保障" + officeName + "机关正常运转，" + String.join("；", works) + "，进一步提升部门履职能力和服务水平。";
        return new OverallBudget("部门（单位）整体支出绩效目标申报表", officeName, "万元", tasks, Optional.of(sum), goal,
                rows(projects), at);
    }

    private static OverallTask task(String name, String content, long total, long fiscal, SourcePosition at) {
        return new OverallTask(name, content, Budget.money(total, at), Optional.of(Budget.money(fiscal, at)),
                Optional.of(Budget.money(total - fiscal, at)), at);
    }

    /** The first project's whole table, which has every category, then each next project's first output. */
    private static List<IndicatorRow> rows(List<Project> projects) {
        List<IndicatorRow> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < projects.size() && out.size() < MAX_ROWS; i++) {
            List<IndicatorRow> rows = projects.get(i).indicators();
            for (IndicatorRow row : i == 0 ? rows : rows.subList(0, 1)) {
                if (out.size() < MAX_ROWS && names.add(row.level3())) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static long cents(Money money) {
        return money.value().movePointRight(2).longValueExact();
    }
}
