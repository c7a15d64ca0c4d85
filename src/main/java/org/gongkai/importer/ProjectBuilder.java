package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.importer.FormContent.Entry;
import org.gongkai.importer.Labels.Field;

/**
 * Turns a project form into a {@link Project}, reporting missing fields; the id is assigned later, once all the
 * document's projects are known.
 */
final class ProjectBuilder {

    private static final Pattern CODED_NAME = Pattern.compile("[\\[［【]\\s*([0-9A-Za-z]+)\\s*[\\]］】]\\s*(.*)",
            Pattern.DOTALL);

    private final String sourceName;
    private final Problems problems;
    private final Amounts amounts;

    ProjectBuilder(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
        this.amounts = new Amounts(sourceName, problems);
    }

    /** The project, or empty when its name or annual total cannot be read (both are reported). */
    Optional<Project> build(FormContent form, Optional<String> heading) {
        int line = form.title.line();
        Optional<String> name = form.take(Field.NAME).map(e -> e.value().text()).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            problems.add(line, "这张项目支出绩效目标表没有“项目名称”：请在原文中找到项目名称并补上，否则无法收录这张表。");
        }
        String where = name.map(n -> "项目" + Problems.quote(n)).orElse("这张表");
        Department department = department(form, line, where);
        String implementer = required(form, Field.IMPLEMENTER, line, where);
        String source = required(form, Field.SOURCE, line, where);
        Optional<String> field = optional(form, Field.FIELD);
        ProjectPeriod period = new ProjectPeriod(required(form, Field.TERM, line, where),
                optional(form, Field.CONSTRUCTION), optional(form, Field.OPERATION));
        Optional<String> responsible = optional(form, Field.RESPONSIBLE);
        Optional<Funds> funds = funds(form, line, where);
        String goal = required(form, Field.GOAL, line, where);
        for (Entry e : form.leftovers()) {
            problems.add(e.label().line(), where + "中有项目支出绩效目标表不该有的栏目" + Problems.quote(e.label().text())
                    + "：请检查是否两张不同的表连在了一起。");
        }
        if (name.isEmpty() || funds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Project("", heading, name.get(), department, implementer, source, field, period,
                responsible, funds.get(), goal, form.indicators.rows(), new SourcePosition(sourceName, line, 1)));
    }

    /** The project with its id, which depends on the other projects of the document. */
    static Project withId(Project p, String id) {
        return new Project(id, p.heading(), p.name(), p.department(), p.implementer(), p.source(), p.field(),
                p.period(), p.responsible(), p.funds(), p.goal(), p.indicators(), p.at());
    }

    private Department department(FormContent form, int line, String where) {
        Optional<Entry> entry = form.take(Field.DEPARTMENT);
        if (entry.isEmpty()) {
            problems.add(line, where + "缺少“主管部门及代码”一栏：请按原文补上，如 [003]六安市人民政府办公室。");
            return new Department("", "");
        }
        String text = entry.get().value().text();
        Matcher m = CODED_NAME.matcher(text);
        return m.matches() ? new Department(m.group(1), m.group(2)) : new Department("", text);
    }

    private Optional<Funds> funds(FormContent form, int line, String where) {
        Optional<Entry> total = form.take(Field.TOTAL);
        if (total.isEmpty()) {
            problems.add(line, where + "缺少“年度资金总额”：请按原文补上金额，否则无法收录这张表。");
        }
        Optional<Money> totalAmount = total.flatMap(e -> amounts.read(e.value(), "年度资金总额"));
        Optional<Money> fiscal = money(form, Field.FISCAL);
        Optional<Money> bond = money(form, Field.BOND);
        Optional<Money> carryover = money(form, Field.CARRYOVER);
        Optional<Money> other = money(form, Field.OTHER);
        String unit = form.fundsUnit.orElse("万元");
        return totalAmount.map(t -> new Funds(unit, t, fiscal, bond, carryover, other));
    }

    private Optional<Money> money(FormContent form, Field field) {
        return form.take(field).flatMap(e -> amounts.read(e.value(), field.printed));
    }

    private String required(FormContent form, Field field, int line, String where) {
        Optional<Entry> entry = form.take(field);
        if (entry.isEmpty()) {
            problems.add(line, where + "缺少“" + field.printed + "”一栏：请按原文补上；原表确实没有时请告知维护者。");
            return "";
        }
        return entry.get().value().text();
    }

    private static Optional<String> optional(FormContent form, Field field) {
        return form.take(field).map(e -> e.value().text());
    }
}
