package org.gongkai.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongkai.content.model.Department;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.ExcludedItem;
import org.gongkai.content.model.ListItem;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.ProjectPeriod;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.model.StatedCounts;
import org.gongkai.generate.Atlas.OfficePlan;
import org.gongkai.generate.Dice.Purpose;
import org.gongkai.generate.IndicatorComposer.Table;
import org.gongkai.generate.ProjectPlanner.Planned;

/**
 * Composes one office's records: its office.yaml and, one year at a time, its disclosure. It keeps the office's
 * plan (style and project names), never more than one year's projects.
 */
final class OfficeComposer {

    /** Earlier years replace this share of the newest year's projects with others: offices start and end projects. */
    private static final int REPLACED_PERCENT = 8;

    private final CorpusShape shape;
    private final OfficePlan office;
    private final Vocabulary vocabulary;
    private final FormStyle style;
    private final List<Planned> planned;
    private final SourcePosition at;

    OfficeComposer(CorpusShape shape, OfficePlan office, Vocabulary vocabulary) {
        this.shape = shape;
        this.office = office;
        this.vocabulary = vocabulary;
        Dice dice = new Dice(shape.seed(), Purpose.OFFICE, office.index());
        this.style = FormStyle.draw(dice);
        int extra = shape.years() > 1 ? Math.max(1, shape.projectsPerOffice() / 5) : 0;
        this.planned = ProjectPlanner.plan(office, shape.projectsPerOffice(), extra, dice, vocabulary);
        this.at = SourcePosition.ofFile("offices/" + office.id());
    }

    Office office() {
        return new Office(office.id(), office.name(), office.place().id(), office.department().code(), Optional.empty(),
                at);
    }

    Disclosure disclosure(int year) {
        Dice dice = new Dice(shape.seed(), Purpose.YEAR, office.index(), year);
        int count = shape.projectsPerOffice();
        List<Project> projects = new ArrayList<>(count);
        List<Planned> plans = new ArrayList<>(count);
        int nextExtra = count;
        for (int slot = 0; slot < count; slot++) {
            int candidate = slot;
            if (year < CorpusShape.LAST_YEAR && nextExtra < planned.size() && dice.chance(REPLACED_PERCENT)) {
                candidate = nextExtra++;
            }
            plans.add(planned.get(candidate));
            projects.add(project(candidate, slot + 1, year));
        }
        LocalDate approved = LocalDate.of(year, 1, 5).plusDays(dice.between(0, 45));
        LocalDate published = approved.plusDays(dice.between(1, 20));
        List<String> notes = new ArrayList<>();
        List<ExcludedItem> excluded = new ArrayList<>();
        StatedCounts counts = StatedCounts.NONE;
        if (style.counts()) {
            int secret = dice.chance(5) ? 1 : 0;
            if (secret > 0) {
                excluded.add(new ExcludedItem("涉密项目", Optional.empty(), "涉密", at));
            }
            counts = new StatedCounts(OptionalInt.of(count + secret), OptionalInt.of(secret));
            notes.add("注：本单位" + year + "年度共" + (count + secret) + "个项目，" + secret + "个涉密项目除外，公开" + count
                    + "个项目绩效目标表。");
        }
        Optional<String> title = style.title() ? Optional.of(office.name() + year + "年度项目支出绩效目标") : Optional.empty();
        return new Disclosure(office.id(), year, title, Optional.of(published), Optional.of(approved),
                style.list() ? Optional.of(list(projects)) : Optional.empty(), notes, excluded, counts,
                style.overall() ? Optional.of(OverallComposer.compose(office.name(), projects, plans, dice, at))
                        : Optional.empty(),
                projects, Optional.empty(), at);
    }

    private PublishedList list(List<Project> projects) {
        List<ListItem> items = new ArrayList<>();
        for (Project p : projects) {
            // Generated projects always have a total (Budget makes one).
            Money printed = p.funds().total().orElseThrow();
            BigDecimal total = printed.value();
            Money amount = style.listCents() ? printed : new Money(total.stripTrailingZeros(), at);
            items.add(new ListItem(String.valueOf(items.size() + 1), p.name(), amount, at));
        }
        return new PublishedList("项目支出绩效目标公开清单", "万元", items);
    }

    private Project project(int candidate, int number, int year) {
        Planned p = planned.get(candidate);
        Dice form = new Dice(shape.seed(), Purpose.PROJECT, office.index(), candidate);
        Dice values = new Dice(shape.seed(), Purpose.VALUES, office.index(), candidate, year);
        char group = p.action().group();
        Budget budget = Budget.draw(group, style, form, values);
        Map<String, String> words = Map.of("Y", String.valueOf(year), "T", p.topic().name(), "B", p.topic().beneficiary(),
                "L", office.place().level().whole);
        // The form's own lines first: the goal below may retry a different number of times in different years.
        String implementer = form.chance(20)
                ? office.place().officePrefix() + form.pick(office.department().units()) : office.name();
        int s = form.between(1, 100);
        String source = s <= 85 ? "本级申报项目" : s <= 95 ? "延续性项目" : "新增项目";
        boolean building = group == 'J' || group == 'Q';
        String term = building ? form.pick(List.of("1年", "2年", "3年")) : form.chance(80) ? "1年" : "3年";
        Table table = IndicatorComposer.compose(vocabulary, p.topic(), group, style, form, values, words, budget.total(),
                at);
        String goal = GoalComposer.compose(vocabulary, p.topic(), form, words, table.measures(), table.results());
        Optional<String> heading = switch (style.heading()) {
            case NONE -> Optional.empty();
            case QUOTED -> Optional.of(number + ".“" + p.name() + "”项目");
            case PLAIN -> Optional.of(number + "." + p.name());
        };
        Optional<String> printedEmpty = Optional.of("");
        return new Project(p.id(), heading, p.name(), new Department(office.department().code(), office.name()),
                implementer, source, style.fieldLine() ? printedEmpty : Optional.empty(),
                new ProjectPeriod(term, style.periodParts() ? printedEmpty : Optional.empty(),
                        style.periodParts() ? printedEmpty : Optional.empty()),
                style.responsibleLine() ? printedEmpty : Optional.empty(), budget.funds(style, at), goal, table.rows(), at);
    }
}
