package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Funds.Kind;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;

/**
 * The funding sources a project table lists add up to its 年度资金总额, the parts of 财政拨款 (一般公共预算, 政府性基金,
 * 国有资本经营预算) add up to the 财政拨款 小计 printed above them, and the total is not zero. All amounts of one
 * table are in its one unit (元 or 万元), so every sum is exact. A table whose total the form did not print
 * readably is reported as such, and its sources are compared with nothing: an unknown total is not zero.
 *
 * <p>Forms nest their sources in more than one way. Where a form prints 预算资金 beside 财政拨款, the 财政拨款 is
 * the 预算资金 or part of it; and 上级资金 is often an 其中 item of the money above it (宁乡's 2021 form prints
 * 财政拨款（其中：上级财政资金…）). Counting such an item twice would report a mismatch the form does not have, so
 * the sources add up when the plain sum or one of these readings gives the total; when none does, the reading
 * closest to the total is the one reported.
 */
final class FundsRule implements Rule {

    /** A way of adding up the sources, with what it leaves out and why. */
    private record Reading(List<Funds.Source> terms, String note) {

        BigDecimal sum() {
            return Amounts.sum(terms.stream().map(Funds.Source::amount).toList());
        }

        String listed() {
            return String.join(" + ", terms.stream().map(t -> t.kind().label() + " " + t.amount().printed()).toList());
        }
    }

    @Override
    public void check(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            Funds f = p.funds();
            subtotal(in, p, f);
            if (f.total().isEmpty()) {
                in.warning("funds.no-total", p.at(), in.of(p), "项目“" + p.name() + "”没有年度资金总额：原表未印出或导入时未能读出。"
                        + "请按原表补上 funds.total，网站上该项目的金额显示为“未列出”。");
                continue;
            }
            Money total = f.total().get();
            sources(in, p, f, total);
            if (total.value().signum() == 0) {
                in.warning("funds.zero-total", total.at(), in.of(p), "年度资金总额为 " + total.printed() + f.unit()
                        + "。公开的项目支出绩效目标表通常对应有预算的项目，请核对原文或预算批复。");
            }
        }
    }

    /** 财政拨款 and 自有资金 as 小计: the parts printed under each add up to it. */
    private static void subtotal(Inspection in, Project p, Funds f) {
        for (Kind kind : Kind.values()) {
            List<Funds.Source> parts = f.partsOf(kind);
            Optional<Money> subtotal = f.source(kind);
            if (parts.isEmpty() || subtotal.isEmpty()) {
                continue;
            }
            Reading r = new Reading(parts, "");
            if (!Amounts.same(r.sum(), subtotal.get().value())) {
                String names = String.join("、", parts.stream().map(s -> s.kind().label()).toList());
                in.warning("funds.subtotal", subtotal.get().at(), in.of(p), kind.label() + " " + subtotal.get().printed()
                        + f.unit() + " 与其下各项之和 " + Money.computed(r.sum()) + f.unit() + "（" + r.listed() + "）不一致，相差 "
                        + Amounts.difference(r.sum(), subtotal.get().value()) + f.unit() + "。请核对原文：" + names + "之和应等于"
                        + kind.label() + "小计。");
            }
        }
    }

    private static void sources(Inspection in, Project p, Funds f, Money printedTotal) {
        if (!f.topLevel().isEmpty() && f.topLevel().stream().allMatch(s -> s.kind() == Kind.SUPERIOR)) {
            // Forms such as Hunan's print 年度本级预算金额 and, beside it, 该项目支出上级资金: the 上级 amount is not
            // a part of the 本级 one, so there is no sum to compare.
            return;
        }
        List<Reading> readings = readings(f);
        if (readings.isEmpty()) {
            return;
        }
        BigDecimal total = printedTotal.value();
        Reading closest = readings.get(0);
        for (Reading r : readings) {
            if (Amounts.same(r.sum(), total)) {
                return;
            }
            if (r.sum().subtract(total).abs().compareTo(closest.sum().subtract(total).abs()) < 0) {
                closest = r;
            }
        }
        in.disagreement("funds.sources-sum", printedTotal.at(), in.of(p), "资金来源合计 " + Money.computed(closest.sum())
                + f.unit() + "（" + closest.listed() + closest.note() + "）与年度资金总额 " + printedTotal.printed() + f.unit()
                + " 不一致，相差 " + Amounts.difference(closest.sum(), total) + f.unit()
                + "。请核对原文，资金来源之和应等于年度资金总额。",
                "本表年度资金总额为 " + printedTotal.printed() + " " + f.unit() + "，所列资金来源合计 "
                        + Money.computed(closest.sum()) + " " + f.unit() + "；");
    }

    /** The plain sum of the top-level sources first, then the nested readings the printed amounts allow. */
    private static List<Reading> readings(Funds f) {
        // The top-level sources, with 财政拨款 as its parts where the form prints only those.
        boolean fiscalPrinted = f.fiscal().isPresent();
        List<Funds.Source> plain = f.sources().stream()
                .filter(s -> s.kind().parent().isEmpty() || (!fiscalPrinted && s.kind().parent().get() == Kind.FISCAL))
                .toList();
        if (plain.isEmpty()) {
            return List.of();
        }
        List<Funds.Source> fiscal = plain.stream().filter(FundsRule::isFiscal).toList();
        BigDecimal fiscalSum = new Reading(fiscal, "").sum();
        Optional<Money> budget = f.source(Kind.BUDGET);
        Optional<Money> superior = f.source(Kind.SUPERIOR);
        boolean budgetHoldsFiscal = budget.isPresent() && !fiscal.isEmpty() && fiscalSum.compareTo(budget.get().value()) <= 0;
        // 上级资金 as an 其中 item of 财政拨款, or of 预算资金 where no 财政拨款 is printed.
        Optional<BigDecimal> holder = !fiscal.isEmpty() ? Optional.of(fiscalSum) : budget.map(Money::value);
        boolean superiorWithin = superior.isPresent() && holder.isPresent() && superior.get().value().compareTo(holder.get()) <= 0;
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(plain, ""));
        if (budgetHoldsFiscal) {
            readings.add(without(plain, true, false, "；财政拨款计入预算资金，不另计"));
        }
        if (superiorWithin) {
            readings.add(without(plain, false, true, "；上级资金是其中数，不另计"));
        }
        if (budgetHoldsFiscal && superiorWithin) {
            readings.add(without(plain, true, true, "；财政拨款计入预算资金，上级资金是其中数，均不另计"));
        }
        return readings;
    }

    private static boolean isFiscal(Funds.Source s) {
        return s.kind() == Kind.FISCAL || s.kind().parent().equals(Optional.of(Kind.FISCAL));
    }

    private static Reading without(List<Funds.Source> plain, boolean fiscal, boolean superior, String note) {
        return new Reading(plain.stream()
                .filter(s -> !(fiscal && isFiscal(s)) && !(superior && s.kind() == Kind.SUPERIOR))
                .toList(), note);
    }
}
