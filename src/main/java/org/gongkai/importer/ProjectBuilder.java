package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.value.MoneyUnits;
import org.gongkai.importer.FormContent.Entry;
import org.gongkai.importer.Labels.Field;

/**
 * Turns a project form into a {@link Project}, reporting a missing name or total; the id is assigned later, once all the
 * document's projects are known.
 */
final class ProjectBuilder {

    /** The heading of a column of amounts, as some forms print it in the total's row: 金额, 金额(万元), 金额（单位：元）. */
    private static final Pattern AMOUNT_HEADING = Pattern.compile(
            "(?:金额|资金|数额|预算数|预算金额)\\s*(?:[（(](?:单位[:：])?\\s*(?:万元|元)\\s*[）)])?");

    private final String sourceName;
    private final Problems problems;
    private final Amounts amounts;

    ProjectBuilder(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
        this.amounts = new Amounts(sourceName, problems);
    }

    /**
     * The project, or empty when its name cannot be read (reported). A form without a readable annual total is
     * imported with the total left out, reported, as the site shows it: 未列出.
     */
    Optional<Project> build(FormContent form, Optional<String> heading) {
        int line = form.title.line();
        Optional<String> name = form.take(Field.NAME).map(e -> e.value().text()).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            problems.add(line, "这张项目支出绩效目标表没有“项目名称”：请在原文中找到项目名称并补上，否则无法收录这张表。");
        }
        String where = name.map(n -> "项目" + Problems.quote(n)).orElse("这张表");
        Department department = department(form);
        String implementer = text(form, Field.IMPLEMENTER);
        String source = text(form, Field.SOURCE);
        Optional<String> field = optional(form, Field.FIELD);
        ProjectPeriod period = new ProjectPeriod(text(form, Field.TERM),
                optional(form, Field.CONSTRUCTION), optional(form, Field.OPERATION));
        Optional<String> responsible = optional(form, Field.RESPONSIBLE);
        SerialDates.report(period.term(), line, where, problems);
        Funds funds = funds(form, line, where);
        Optional<String> periodGoal = optional(form, Field.PERIOD_GOAL);
        // Some project forms print their annual goal under the 整体支出 form's label, 年度总体目标.
        String goal = form.take(Field.GOAL).or(() -> form.take(Field.OVERALL_GOAL)).map(e -> e.value().text())
                .orElse("");
        ProjectForm extras = new ProjectForm(
                Labels.isStandardTitle(form.title.text()) ? Optional.empty() : Optional.of(form.title.text()),
                optional(form, Field.CATEGORY), optional(form, Field.DIVISION), optional(form, Field.OVERVIEW),
                periodGoal, optional(form, Field.LONG_TERM_GOAL), rows(form.otherRows), rows(form.afterRows));
        for (Entry e : form.leftovers()) {
            problems.add(e.label().line(), where + "中有项目支出绩效目标表不该有的栏目" + Problems.quote(e.label().text())
                    + "：请检查是否两张不同的表连在了一起。");
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition at = new SourcePosition(sourceName, line, 1);
        return Optional.of(new Project("", heading, name.get(), department, implementer, source, field, period,
                responsible, funds, goal, form.indicators.rows(), at, Project.Positions.at(at), extras));
    }

    private List<FormRow> rows(List<Entry> entries) {
        return entries.stream().map(e -> new FormRow(TextCleaner.strip(e.label().text()).replaceAll("[：:]$", ""),
                e.value().text(),
                new SourcePosition(sourceName, e.label().line(), 1))).toList();
    }

    /** The project with its id, which depends on the other projects of the document. */
    static Project withId(Project p, String id) {
        return new Project(id, p.heading(), p.name(), p.department(), p.implementer(), p.source(), p.field(),
                p.period(), p.responsible(), p.funds(), p.goal(), p.indicators(), p.at(), p.positions(), p.form());
    }

    private static Department department(FormContent form) {
        Optional<Entry> entry = form.take(Field.DEPARTMENT);
        if (entry.isEmpty()) {
            return new Department("", "");
        }
        return Departments.parse(entry.get().value().text());
    }

    private Funds funds(FormContent form, int line, String where) {
        Optional<Entry> total = form.take(Field.TOTAL);
        // A total's cell that holds the heading of the amounts' column, 金额(万元), prints no amount and is no slip:
        // the sources below it carry the figures, and the heading may carry their unit.
        Optional<String> heading = total.map(e -> e.value().text().strip())
                .filter(t -> AMOUNT_HEADING.matcher(t).matches());
        Optional<Amounts.Read> totalAmount = total.filter(e -> heading.isEmpty())
                .flatMap(e -> amounts.read(e.value(), "年度资金总额"));
        String unit = form.fundsUnit.or(() -> total.flatMap(e -> Labels.unitIn(e.label().text())))
                .or(() -> heading.flatMap(Labels::unitIn))
                .orElse(MoneyUnits.WAN);
        List<Funds.Source> sources = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        totalAmount.flatMap(Amounts.Read::note).ifPresent(n -> notes.put(Funds.TOTAL, n));
        totalAmount.ifPresent(read -> amounts.reportUnit(read, unit, "年度资金总额", where));
        for (Field f : Field.values()) {
            if (f.fund.isEmpty()) {
                continue;
            }
            Funds.Kind kind = f.fund.get();
            // A source printed without an amount is left out, as a form that does not print it at all.
            form.take(f).filter(e -> !e.value().isEmpty()).flatMap(e -> amounts.read(e.value(), f.printed))
                    .ifPresent(read -> {
                sources.add(new Funds.Source(kind, read.money()));
                read.note().ifPresent(n -> notes.put(kind.key(), n));
                amounts.reportUnit(read, unit, f.printed, where);
            });
        }
        if (totalAmount.isEmpty() && !sources.isEmpty()) {
            // Some forms print only the sources, the total's cell holding a column heading such as 金额(万元): the
            // total is their sum, said in the report so that the publisher checks it against the document.
            BigDecimal sum = sources.stream().filter(src -> src.kind().parent().isEmpty())
                    .map(src -> src.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Money summed = new Money(sum, new SourcePosition(sourceName, line, 1));
            problems.add(line, where + "没有印出“年度资金总额”的金额：已按各资金来源之和 " + summed.printed() + " 填写，"
                    + "请对照原文核对。");
            return new Funds(unit, Optional.of(summed), sources, notes);
        }
        if (totalAmount.isEmpty()) {
            // Nothing is guessed: the total stays out, the site shows 未列出 and check warns (funds.no-total).
            problems.add(line, where + "没有读出“年度资金总额”的金额：已导入这张表，总额留空（网站上显示为“未列出”），"
                    + "请按原文补上 funds.total。");
        }
        return new Funds(unit, totalAmount.map(Amounts.Read::money), sources, notes);
    }

    /**
     * The field's text, or empty where the form has no such row: other provinces' templates leave out 项目来源,
     * 项目期 and others, and a row that is not on the form is not missing from the import.
     */
    private static String text(FormContent form, Field field) {
        return form.take(field).map(e -> e.value().text()).orElse("");
    }

    private static Optional<String> optional(FormContent form, Field field) {
        return form.take(field).map(e -> e.value().text());
    }
}
