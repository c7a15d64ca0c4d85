package org.gongkai.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectForm;

/**
 * The values of a project's own columns ({@link Downloads#PROJECT_COLUMNS}), amounts exact and in 万元 with the digits
 * the pages print ({@link Funds#printedInWan}).
 */
final class ProjectRow {

    private ProjectRow() {}

    static List<String> values(Project p, int number, String url) {
        Funds f = p.funds();
        List<String> values = new ArrayList<>(List.of(String.valueOf(number), p.id(), p.name(),
                p.department().code(), p.department().name(), p.implementer(), p.source(), p.field().orElse(""),
                p.period().term(), p.period().construction().orElse(""), p.period().operation().orElse(""),
                p.responsible().orElse(""), f.unit(), wan(f, f.total()), wan(f, f.fiscal()), wan(f, f.bond()),
                wan(f, f.carryover()), wan(f, f.other()), p.goal(), String.valueOf(p.indicators().size()), url));
        for (Funds.Kind kind : Downloads.LATER_SOURCES) {
            values.add(wan(f, f.source(kind)));
        }
        values.add(notes(f));
        ProjectForm form = p.form();
        values.addAll(List.of(form.title().orElse(""), form.category().orElse(""), form.division().orElse(""),
                form.overview().orElse(""), form.periodGoal().orElse(""), form.longTermGoal().orElse(""),
                lines(form.rows()), lines(form.after())));
        return values;
    }

    /** "年度资金总额：…" and each source's note, a line each, in the order the form lists the amounts. */
    private static String notes(Funds f) {
        List<String> lines = new ArrayList<>();
        f.note(Funds.TOTAL).ifPresent(n -> lines.add("年度资金总额：" + n));
        for (Funds.Kind kind : Funds.Kind.values()) {
            f.note(kind.key()).ifPresent(n -> lines.add(kind.label() + "：" + n));
        }
        return String.join("\n", lines);
    }

    /** A form's rows as "label：text", a line each. */
    private static String lines(List<FormRow> rows) {
        return String.join("\n", rows.stream().map(r -> r.label() + "：" + r.text()).toList());
    }

    private static String wan(Funds funds, Optional<Money> amount) {
        return amount.map(funds::printedInWan).orElse("");
    }
}
