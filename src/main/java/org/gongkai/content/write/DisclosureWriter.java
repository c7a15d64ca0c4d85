package org.gongkai.content.write;

import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Correction;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.FormRow;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.ProjectForm;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.OverallSum;
import org.gongkai.content.model.OverallTask;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.StatedCounts;
import org.gongkai.content.write.YamlScalars.Context;
import org.gongkai.content.value.MoneyUnits;

/**
 * Writes content records as YAML in the exact layout of docs/content-format.md, so that generated files read
 * like hand-written ones and regenerate byte for byte.
 *
 * <p>Positions ({@code at}) are not written: they describe where a value came from, not the value. Of a corrected
 * disclosure, {@link #write} writes the current text with its corrections; the caller writes each text they replaced
 * with {@code write(correction.replaced())} into {@code earlier/<year>-<version>.yaml}.
 */
public final class DisclosureWriter {

    private static final String INDENT = "  ";

    /** The {@code <year>.yaml} text of a disclosure, ending with one newline. */
    public String write(Disclosure d) {
        Out out = new Out();
        out.raw(0, "year: " + d.year());
        d.title().ifPresent(t -> out.text(0, "title", t));
        d.published().ifPresent(p -> out.raw(0, "published: " + p));
        d.approved().ifPresent(a -> out.raw(0, "approved: " + a));
        if (!d.corrections().isEmpty()) {
            // Only the entries: each replaced text is a year file of its own, earlier/<year>-<version>.yaml.
            out.raw(0, "corrections:");
            for (Correction c : d.corrections()) {
                out.raw(1, "- version: " + c.version());
                out.raw(2, "date: " + c.date());
                out.text(2, "note", c.note());
            }
        }
        d.list().ifPresent(l -> list(out, l));
        if (!d.notes().isEmpty()) {
            out.raw(0, "notes:");
            for (String note : d.notes()) {
                out.item(1, note);
            }
        }
        if (!d.excluded().isEmpty()) {
            out.raw(0, "excluded:");
            for (ExcludedItem e : d.excluded()) {
                out.text(1, "- name", e.name());
                e.amount().ifPresent(a -> out.money(2, "amount", a));
                out.text(2, "reason", e.reason());
            }
        }
        counts(out, d.counts());
        d.overall().ifPresent(o -> overall(out, o));
        if (d.projects().isEmpty()) {
            out.raw(0, "projects: []");
        } else {
            out.raw(0, "projects:");
            for (Project p : d.projects()) {
                project(out, p);
            }
        }
        d.remarks().ifPresent(r -> out.text(0, "remarks", r));
        d.original().ifPresent(o -> {
            out.raw(0, "original:");
            out.text(1, "url", o.url());
            o.title().ifPresent(t -> out.text(1, "title", t));
            o.publishedBy().ifPresent(t -> out.text(1, "published_by", t));
            o.retrieved().ifPresent(t -> out.text(1, "retrieved", t.toString()));
            o.sha256().ifPresent(t -> out.text(1, "sha256", t));
        });
        return out.toString();
    }

    /** The {@code office.yaml} text of an office, ending with one newline. */
    public String writeOffice(Office office) {
        Out out = new Out();
        out.text(0, "id", office.id());
        out.text(0, "name", office.name());
        out.text(0, "region", office.regionId());
        out.raw(0, "code: " + YamlScalars.doubleQuoted(office.code()));
        office.introduction().ifPresent(i -> out.text(0, "introduction", i));
        return out.toString();
    }

    private static void list(Out out, PublishedList list) {
        out.raw(0, "list:");
        out.text(1, "title", list.title());
        unit(out, 1, list.unit());
        if (list.items().isEmpty()) {
            out.raw(1, "items: []");
            return;
        }
        out.raw(1, "items:");
        for (ListItem item : list.items()) {
            // 序号 is text, but the common 1, 2, 3 are written bare, as in the format's examples; they read back
            // as the same digits.
            String no = item.number().matches("[1-9][0-9]{0,8}")
                    ? item.number() : YamlScalars.inline(item.number(), Context.BLOCK);
            out.raw(2, "- no: " + no);
            out.text(3, "name", item.name());
            out.money(3, "amount", item.amount());
        }
    }

    private static void counts(Out out, StatedCounts counts) {
        if (counts.total().isEmpty() && counts.secret().isEmpty()) {
            return;
        }
        out.raw(0, "counts:");
        counts.total().ifPresent(n -> out.raw(1, "total: " + n));
        counts.secret().ifPresent(n -> out.raw(1, "secret: " + n));
    }

    private static void overall(Out out, OverallBudget o) {
        out.raw(0, "overall:");
        out.text(1, "title", o.title());
        out.text(1, "unit_name", o.unitName());
        unit(out, 1, o.unit());
        if (o.tasks().isEmpty()) {
            out.raw(1, "tasks: []");
        } else {
            out.raw(1, "tasks:");
            for (OverallTask t : o.tasks()) {
                out.text(2, "- name", t.name());
                out.text(3, "content", t.content());
                out.money(3, "total", t.total());
                t.fiscal().ifPresent(m -> out.money(3, "fiscal", m));
                t.other().ifPresent(m -> out.money(3, "other", m));
            }
        }
        o.sum().ifPresent(s -> sum(out, s));
        out.text(1, "goal", o.goal());
        indicators(out, 1, o.indicators());
    }

    private static void sum(Out out, OverallSum s) {
        out.raw(1, "sum:");
        out.money(2, "total", s.total());
        s.fiscal().ifPresent(m -> out.money(2, "fiscal", m));
        s.other().ifPresent(m -> out.money(2, "other", m));
    }

    private static void project(Out out, Project p) {
        out.text(1, "- id", p.id());
        p.heading().ifPresent(h -> out.text(2, "heading", h));
        out.text(2, "name", p.name());
        department(out, p.department());
        out.text(2, "implementer", p.implementer());
        out.text(2, "source", p.source());
        p.field().ifPresent(f -> out.text(2, "field", f));
        period(out, p.period());
        p.responsible().ifPresent(r -> out.text(2, "responsible", r));
        funds(out, p.funds());
        ProjectForm form = p.form();
        form.title().ifPresent(t -> out.text(2, "form_title", t));
        form.category().ifPresent(t -> out.text(2, "category", t));
        form.division().ifPresent(t -> out.text(2, "division", t));
        form.overview().ifPresent(t -> out.text(2, "overview", t));
        form.periodGoal().ifPresent(t -> out.text(2, "period_goal", t));
        out.text(2, "goal", p.goal());
        form.longTermGoal().ifPresent(t -> out.text(2, "long_term_goal", t));
        indicators(out, 2, p.indicators());
        formRows(out, "rows", form.rows());
        formRows(out, "after", form.after());
    }

    private static void formRows(Out out, String key, List<FormRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.raw(2, key + ":");
        for (FormRow row : rows) {
            out.text(3, "- label", row.label());
            out.text(4, "text", row.text());
        }
    }

    private static void department(Out out, Department d) {
        out.raw(2, "department:");
        // Always quoted: department codes such as 003 keep their leading zeros only as strings.
        out.raw(3, "code: " + YamlScalars.doubleQuoted(d.code()));
        out.text(3, "name", d.name());
    }

    private static void period(Out out, ProjectPeriod period) {
        out.raw(2, "period:");
        out.text(3, "term", period.term());
        period.construction().ifPresent(c -> out.text(3, "construction", c));
        period.operation().ifPresent(o -> out.text(3, "operation", o));
    }

    private static void funds(Out out, Funds f) {
        if (f.unit().equals(MoneyUnits.WAN) && f.total().isEmpty() && f.sources().isEmpty() && f.notes().isEmpty()) {
            // A bare "funds:" would read as null, not as funds that print nothing readable.
            out.raw(2, "funds: {}");
            return;
        }
        out.raw(2, "funds:");
        unit(out, 3, f.unit());
        // No total key where the form printed none readable: an absent total is not 0.
        f.total().ifPresent(t -> out.money(3, "total", t));
        for (Funds.Source source : f.sources()) {
            out.money(3, source.kind().key(), source.amount());
        }
        if (!f.notes().isEmpty()) {
            out.raw(3, "notes:");
            f.note(Funds.TOTAL).ifPresent(n -> out.text(4, Funds.TOTAL, n));
            for (Funds.Kind kind : Funds.Kind.values()) {
                f.note(kind.key()).ifPresent(n -> out.text(4, kind.key(), n));
            }
        }
    }

    private static void unit(Out out, int level, String unit) {
        if (!unit.equals(MoneyUnits.WAN)) {
            out.text(level, "unit", unit);
        }
    }

    private static void indicators(Out out, int level, List<IndicatorRow> rows) {
        if (rows.isEmpty()) {
            out.raw(level, "indicators: []");
            return;
        }
        out.raw(level, "indicators:");
        for (IndicatorRow r : rows) {
            String four = "[" + flow(r.level1()) + ", " + flow(r.level2()) + ", " + flow(r.level3()) + ", "
                    + flow(r.value()) + "]";
            if (r.columns().isEmpty()) {
                out.raw(level + 1, "- " + four);
                continue;
            }
            out.raw(level + 1, "- indicator: " + four);
            IndicatorColumns c = r.columns();
            c.standard().ifPresent(t -> out.text(level + 2, "standard", t));
            c.nature().ifPresent(t -> out.text(level + 2, "nature", t));
            c.direction().ifPresent(t -> out.text(level + 2, "direction", t));
            c.unit().ifPresent(t -> out.text(level + 2, "unit", t));
            c.score().ifPresent(t -> out.text(level + 2, "score", t));
            c.remark().ifPresent(t -> out.text(level + 2, "remark", t));
        }
    }

    private static String flow(String text) {
        return YamlScalars.inline(text, Context.FLOW);
    }

    /** The text being built, one indented line at a time. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();

        void raw(int level, String line) {
            sb.append(INDENT.repeat(level)).append(line).append('\n');
        }

        void money(int level, String key, Money money) {
            raw(level, key + ": " + money.printed());
        }

        /** A sequence entry holding one text. */
        void item(int level, String text) {
            text(level, "-", text, true);
        }

        /** A {@code key: text} line, or a literal block for multi-line text; a key "- k" opens a list item. */
        void text(int level, String key, String text) {
            text(level, key, text, false);
        }

        private void text(int level, String key, String text, boolean bareItem) {
            String prefix = INDENT.repeat(level) + key + (bareItem ? " " : ": ");
            String header = YamlScalars.literalHeader(text);
            if (header.isEmpty()) {
                sb.append(prefix).append(YamlScalars.inline(text, Context.BLOCK)).append('\n');
                return;
            }
            sb.append(prefix).append(header).append('\n');
            // Block content sits one level deeper than its key; the key of a "- key" line is itself one level in.
            int contentLevel = level + (key.startsWith("- ") ? 2 : 1);
            String body = header.equals("|") ? text.substring(0, text.length() - 1) : text;
            for (String line : body.split("\n", -1)) {
                if (line.isEmpty()) {
                    sb.append('\n');
                } else {
                    sb.append(INDENT.repeat(contentLevel)).append(line).append('\n');
                }
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
