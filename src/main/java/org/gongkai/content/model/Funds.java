package org.gongkai.content.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.value.MoneyUnits;

/**
 * The 项目资金 block of a project table: the annual total and the sources the form lists.
 *
 * <p>Forms differ in which sources they print, so a source that the form does not list is absent, while one
 * printed as 0.00 is present with a zero amount. {@code notes} keeps what a cell printed beside its amount, as in
 * 854万(高标准农田建设400万元,…), by {@code total} or the source's key.
 *
 * <p>The total is absent when the form printed none that can be read (a web page that ran the cells together as
 * 814662.98794.55, a spreadsheet that lost the amount): an unknown amount is not zero, and nothing may add it as
 * one.
 */
public record Funds(String unit, Optional<Money> total, List<Source> sources, Map<String, String> notes) {

    /** The key under which the note of the total is kept. */
    public static final String TOTAL = "total";

    /**
     * A source of funds the forms print, with its key in the content files, the label pages show, and the source
     * it breaks down, for the 小计 parts of 财政拨款 and 自有资金. Declared in the order pages list them.
     */
    public enum Kind {
        BUDGET("budget", "预算资金", null),
        FISCAL("fiscal", "财政拨款", null),
        GENERAL("general", "一般公共预算", FISCAL),
        GOVERNMENT_FUND("government_fund", "政府性基金", FISCAL),
        STATE_CAPITAL("state_capital", "国有资本经营预算", FISCAL),
        BOND("bond", "专项债券", null),
        CARRYOVER("carryover", "上年结转", null),
        SUPERIOR("superior", "上级资金", null),
        OWN("own", "自有资金", null),
        BUSINESS_INCOME("business_income", "事业收入", OWN),
        OPERATING_INCOME("operating_income", "经营性收入", OWN),
        OTHER_INCOME("other_income", "其他收入", null),
        OTHER("other", "其他资金", null);

        private final String key;
        private final String label;
        private final Kind parent;

        Kind(String key, String label, Kind parent) {
            this.key = key;
            this.label = label;
            this.parent = parent;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The source this one is a part of, for 一般公共预算 and the other parts of 财政拨款. */
        public Optional<Kind> parent() {
            return Optional.ofNullable(parent);
        }
    }

    /** One source as printed. */
    public record Source(Kind kind, Money amount) {}

    public Funds {
        sources = sources.stream().sorted(Comparator.comparing(Source::kind)).toList();
        notes = Map.copyOf(notes);
    }

    /** The funds of the seeds' form: 财政拨款, 专项债券, 上年结转 and 其他资金, each where printed. */
    public Funds(String unit, Money total, Optional<Money> fiscal, Optional<Money> bond, Optional<Money> carryover,
            Optional<Money> other) {
        this(unit, Optional.of(total), seedSources(fiscal, bond, carryover, other), Map.of());
    }

    private static List<Source> seedSources(Optional<Money> fiscal, Optional<Money> bond, Optional<Money> carryover,
            Optional<Money> other) {
        java.util.ArrayList<Source> list = new java.util.ArrayList<>();
        fiscal.ifPresent(m -> list.add(new Source(Kind.FISCAL, m)));
        bond.ifPresent(m -> list.add(new Source(Kind.BOND, m)));
        carryover.ifPresent(m -> list.add(new Source(Kind.CARRYOVER, m)));
        other.ifPresent(m -> list.add(new Source(Kind.OTHER, m)));
        return list;
    }

    public Optional<Money> source(Kind kind) {
        return sources.stream().filter(s -> s.kind() == kind).map(Source::amount).findFirst();
    }

    public Optional<Money> fiscal() {
        return source(Kind.FISCAL);
    }

    public Optional<Money> bond() {
        return source(Kind.BOND);
    }

    public Optional<Money> carryover() {
        return source(Kind.CARRYOVER);
    }

    public Optional<Money> other() {
        return source(Kind.OTHER);
    }

    /** The sources that are not a part of another: those whose amounts make up the total. */
    public List<Source> topLevel() {
        return sources.stream().filter(s -> s.kind().parent().isEmpty()).toList();
    }

    /** The parts printed for {@code kind}, such as 一般公共预算 and 政府性基金 for 财政拨款. */
    public List<Source> partsOf(Kind kind) {
        return sources.stream().filter(s -> s.kind().parent().equals(Optional.of(kind))).toList();
    }

    /** The note printed beside the total or a source's amount, by {@link #TOTAL} or {@link Kind#key()}. */
    public Optional<String> note(String key) {
        return Optional.ofNullable(notes.get(key));
    }

    /** The 年度资金总额 in 万元, whichever unit the form printed it in; absent where the form printed none. */
    public Optional<BigDecimal> totalInWan() {
        return total.map(this::inWan);
    }

    /**
     * An amount of this form in 万元: exact, since 元 to 万元 moves the point, and every printed digit is kept. A unit
     * that is no unit of money is taken as the 万元 of the budget tables, as the site always has.
     */
    public BigDecimal inWan(Money amount) {
        return MoneyUnits.inWan(amount.value(), unit).orElse(amount.value());
    }

    /**
     * An amount of this form as every page, download and search result prints it in 万元: the form's own text where
     * the form printed 万元 (96.00), the exact conversion otherwise (253000.00 元 is 25.30).
     */
    public String printedInWan(Money amount) {
        return converted() ? Money.computed(inWan(amount)) : amount.printed();
    }

    /** {@link #printedInWan} of the 年度资金总额; absent where the form printed none. */
    public Optional<String> totalPrintedInWan() {
        return total.map(this::printedInWan);
    }

    /** True when the form printed another unit of money than 万元 (元 mostly), which the site shows converted. */
    private boolean converted() {
        return !MoneyUnits.WAN.equals(unit) && MoneyUnits.inWan(BigDecimal.ZERO, unit).isPresent();
    }
}
