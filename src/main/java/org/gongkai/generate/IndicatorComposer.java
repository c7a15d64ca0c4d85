package org.gongkai.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.generate.Vocabulary.Benefit;
import org.gongkai.generate.Vocabulary.Output;
import org.gongkai.generate.Vocabulary.RowPattern;
import org.gongkai.generate.Vocabulary.Topic;

/**
 * Composes a project's 绩效指标 table, 8 to 16 rows in the official hierarchy, every category the form asks for
 * present, no indicator twice, and money-valued cost rows that add up to the budget; and hands the year's targets
 * to the 年度目标, which quotes them.
 *
 * <p>Two dice: {@code shape} decides which rows a project has and stays the same from year to year; {@code values}
 * draws the numbers, which change.
 */
final class IndicatorComposer {

    static final int MIN_ROWS = 8;
    static final int MAX_ROWS = 16;

    private static final String OUTPUT = "产出指标";
    private static final String COST = "成本指标";
    private static final String EFFECT = "效益指标";
    private static final String SATISFACTION = "满意度指标";
    private static final List<String> QUALITATIVE = List.of("有效提升", "明显提升", "稳步提升", "持续提高", "显著提高",
            "进一步增强", "明显改善");
    private static final List<String> SECOND_SATISFACTION = List.of("服务对象满意度", "社会公众满意度");

    /** How the cost rows state the cost: the whole budget, its parts, unit rates (not summed), or parts and a rate. */
    private enum CostStyle { TOTAL, PARTS, RATES, PARTS_AND_RATE }

    /** The table, the quantities the goal may quote (热线受理量达到90万件以上) and the results it may promise. */
    record Table(List<IndicatorRow> rows, List<String> measures, List<String> results) {}

    private final Vocabulary vocabulary;
    private final Topic topic;
    private final char group;
    private final FormStyle style;
    private final Dice shape;
    private final Dice values;
    private final Map<String, String> words;
    private final SourcePosition at;
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final List<String> measures = new ArrayList<>();
    private final List<String> results = new ArrayList<>();

    private IndicatorComposer(Vocabulary vocabulary, Topic topic, char group, FormStyle style, Dice shape, Dice values,
            Map<String, String> words, SourcePosition at) {
        this.vocabulary = vocabulary;
        this.topic = topic;
        this.group = group;
        this.style = style;
        this.shape = shape;
        this.values = values;
        this.words = words;
        this.at = at;
    }

    static Table compose(Vocabulary vocabulary, Topic topic, char group, FormStyle style, Dice shape, Dice values,
            Map<String, String> words, long budgetCents, SourcePosition at) {
        IndicatorComposer c = new IndicatorComposer(vocabulary, topic, group, style, shape, values, words, at);
        c.build(budgetCents);
        return new Table(List.copyOf(c.rows), List.copyOf(c.measures), List.copyOf(c.results));
    }

    private void build(long budgetCents) {
        int quantity = shape.between(1, Math.min(3, topic.outputs().size()));
        boolean genericCount = shape.chance(25);
        int quality = shape.between(1, 3);
        int timeliness = shape.between(1, 2);
        int c = shape.between(1, 100);
        CostStyle cost = c <= 35 ? CostStyle.TOTAL : c <= 65 ? CostStyle.PARTS : c <= 85 ? CostStyle.RATES
                : CostStyle.PARTS_AND_RATE;
        int parts = shape.between(2, 3);
        int rates = shape.between(1, 2);
        int costRows = switch (cost) {
            case TOTAL -> 1;
            case PARTS -> parts;
            case RATES -> rates;
            case PARTS_AND_RATE -> parts + 1;
        };
        boolean otherCosts = style.costOfItsOwn() && shape.chance(25);
        int social = shape.between(1, Math.min(2, topic.benefits().size()));
        boolean ecological = topic.ecological().isPresent() || !shape.chance(15);
        int satisfaction = shape.between(1, 2);
        int total = quantity + (genericCount ? 1 : 0) + quality + timeliness + costRows + (otherCosts ? 2 : 0) + 1 + social
                + (ecological ? 1 : 0) + 1 + satisfaction;
        // Trim the optional extras first, the categories the form requires never below one row.
        while (total > MAX_ROWS) {
            if (otherCosts) {
                otherCosts = false;
                total -= 2;
                continue;
            }
            if (genericCount) {
                genericCount = false;
            } else if (quality > 1) {
                quality--;
            } else if (satisfaction > 1) {
                satisfaction--;
            } else if (timeliness > 1) {
                timeliness--;
            } else if (quantity > 1) {
                quantity--;
            } else {
                social--;
            }
            total--;
        }

        for (Output o : shape.shuffled(topic.outputs()).subList(0, quantity)) {
            quantity(o);
        }
        if (genericCount) {
            shared("count", 1, OUTPUT, "数量指标");
        }
        shared("quality", quality, OUTPUT, "质量指标");
        shared("timeliness", timeliness, OUTPUT, "时效指标");
        String costLevel1 = style.costOfItsOwn() ? COST : OUTPUT;
        String costLevel2 = style.costOfItsOwn() ? "经济成本指标" : "成本指标";
        switch (cost) {
            case TOTAL -> costTotal(budgetCents, costLevel1, costLevel2);
            case PARTS -> costParts(budgetCents, parts, costLevel1, costLevel2);
            case RATES -> shared("cost-rate", rates, costLevel1, costLevel2);
            case PARTS_AND_RATE -> {
                costParts(budgetCents, parts, costLevel1, costLevel2);
                shared("cost-rate", 1, costLevel1, costLevel2);
            }
        }
        if (otherCosts) {
            add(COST, "社会成本指标", "本项目不适用社会成本指标", "不适用");
            add(COST, "生态环境成本指标", "本项目不适用生态环境成本指标", "不适用");
        }
        String suffix = style.effectSuffix();
        shared("economic", 1, EFFECT, "经济效益" + suffix);
        for (Benefit b : shape.shuffled(topic.benefits()).subList(0, social)) {
            benefit(b, "社会效益" + suffix);
        }
        if (topic.ecological().isPresent()) {
            benefit(topic.ecological().get(), "生态效益" + suffix);
        } else if (ecological) {
            shared("ecological", 1, EFFECT, "生态效益" + suffix);
        }
        shared("sustainable", 1, EFFECT, "可持续影响" + suffix);
        satisfaction(satisfaction);
    }

    /** A quantity the project delivers: ≥90万件, 12次/年, or a bare number under a name that carries the unit. */
    private void quantity(Output o) {
        int form = shape.between(1, 10);
        boolean perYear = form == 10 && !o.named() && o.unit().equals("次");
        boolean atLeast = form <= 6 || (form == 10 && !perYear);
        // Readers compare a project across years: its size belongs to the project, the year only moves it.
        int usual = shape.between(o.lo(), o.hi());
        String n = Fill.number(Math.max(o.lo(), Math.min(o.hi(), (long) usual * values.between(85, 115) / 100)),
                o.decimals());
        String name = o.named() ? o.name() + "（" + o.unit() + "）" : o.name();
        String value = perYear ? n + "次/年" : (atLeast ? "≥" : "") + n + (o.named() ? "" : o.unit());
        add(OUTPUT, "数量指标", name, value);
        measures.add(o.quoted(n, atLeast));
    }

    private void costTotal(long cents, String level1, String level2) {
        RowPattern total = shape.pick(vocabulary.rows("cost-total", group));
        add(level1, level2, total.name(), (shape.chance(60) ? "≤" : "") + Budget.plain(cents) + "万元");
    }

    /**
     * The budget split into named parts that add up to it exactly; a part below 1万元 is sometimes printed in 元,
     * which the check converts back.
     */
    private void costParts(long cents, int parts, String level1, String level2) {
        List<RowPattern> names = fresh(vocabulary.rows("cost-part", group), parts);
        long left = cents;
        for (int i = 0; i < names.size(); i++) {
            long part = left;
            int after = names.size() - 1 - i;
            if (after > 0) {
                part = left * values.between(15, 60) / 100;
                if (values.chance(50) && part >= 100) {
                    part = part / 100 * 100;
                }
                part = Math.max(1, Math.min(part, left - after));
            }
            left -= part;
            String value = part < 100 && values.chance(50) ? part * 100 + "元" : Budget.plain(part) + "万元";
            add(level1, level2, names.get(i).name(), value);
        }
    }

    private void benefit(Benefit b, String level2) {
        if (b.rate()) {
            boolean full = values.chance(10);
            int percent = full ? 100 : values.between(88, 99);
            add(EFFECT, level2, b.name(), (full ? "" : "≥") + percent + "%");
            results.add(b.name() + "达到" + percent + "%" + (full ? "" : "以上"));
        } else {
            String value = values.pick(QUALITATIVE);
            add(EFFECT, level2, b.name(), value);
            results.add(b.name() + value);
        }
    }

    private void satisfaction(int count) {
        String first = topic.beneficiary() + "满意度";
        List<String> names = new ArrayList<>(List.of(first));
        if (count > 1) {
            names.add(shape.pick(SECOND_SATISFACTION.stream().filter(n -> !n.equals(first)).toList()));
        }
        for (String name : names) {
            boolean full = values.chance(5);
            int percent = full ? 100 : values.between(85, 98);
            add(SATISFACTION, style.satisfaction(), name, (full ? "" : "≥") + percent + "%");
            if (name.equals(first)) {
                results.add(name + "达到" + percent + "%" + (full ? "" : "以上"));
            }
        }
    }

    /** {@code count} rows from a shared section, each with a name this table does not have yet. */
    private void shared(String section, int count, String level1, String level2) {
        for (RowPattern p : fresh(vocabulary.rows(section, group), count)) {
            add(level1, level2, Fill.slots(p.name(), shape, words), Fill.pattern(p.value(), values, words));
        }
    }

    private List<RowPattern> fresh(List<RowPattern> candidates, int count) {
        List<RowPattern> out = new ArrayList<>();
        for (RowPattern p : shape.shuffled(candidates)) {
            if (out.size() < count && !used.contains(Fill.slots(p.name(), shape, words))) {
                out.add(p);
            }
        }
        return out;
    }

    /** A name the table already has is left out: the check would rightly report it as a duplicated indicator. */
    private void add(String level1, String level2, String level3, String value) {
        if (used.add(level3)) {
            rows.add(new IndicatorRow(level1, level2, level3, value, at));
        }
    }
}
