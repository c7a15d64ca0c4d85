package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;
import org.gongkai.content.text.LevelNames;
import org.gongkai.content.value.MoneyUnits;

/**
 * Cost indicators (成本指标, as 一级, or as 二级 under 产出 or 项目完成) that name amounts of money add up to the
 * project's 年度资金总额. The sum is taken exactly in 万元, whatever unit each value and the table print (元, 万元),
 * with a value's 计量单位 column read with it ({@link IndicatorReading}), and reported in the table's own unit.
 * Rates such as 7.35万元/人 and percentages are not totals and are left out of the sum.
 */
final class CostRule implements Rule {

    @Override
    public void check(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            List<String> parts = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            IndicatorRow first = null;
            for (IndicatorRow row : p.indicators()) {
                if (!isCost(row)) {
                    continue;
                }
                IndicatorReading r = IndicatorReading.of(row);
                Optional<BigDecimal> wan = r.value().wanYuan();
                if (wan.isEmpty()) {
                    continue;
                }
                sum = sum.add(wan.get());
                parts.add(row.level3() + " " + r.text());
                if (first == null) {
                    first = row;
                }
            }
            Funds f = p.funds();
            // No total printed: nothing to compare with (funds.no-total says so).
            Optional<Money> printed = f.total();
            Optional<BigDecimal> total = printed.flatMap(t -> MoneyUnits.inWan(t.value(), f.unit()));
            if (first == null || total.isEmpty() || Amounts.same(sum, total.get())) {
                continue;
            }
            // Shown in the table's unit, so the publisher compares like with like; 万元 to 元 is exact.
            BigDecimal shown = MoneyUnits.convert(sum, "万元", f.unit()).orElseThrow();
            in.disagreement("cost.total-mismatch", first.at(), in.of(p, first), "成本指标合计 " + Money.computed(shown)
                    + " " + f.unit() + "（" + String.join("；", parts) + "）与年度资金总额 " + printed.get().printed()
                    + f.unit() + " 不一致，相差 " + Amounts.difference(shown, printed.get().value()) + f.unit()
                    + "。请核对原文：成本指标应与项目预算相符。",
                    "本表成本指标合计 " + Money.computed(shown) + " " + f.unit() + "，年度资金总额为 "
                            + printed.get().printed() + " " + f.unit() + "；");
        }
    }

    private static boolean isCost(IndicatorRow row) {
        return LevelNames.stem(row.level1()).equals("成本") || LevelNames.stem(row.level2()).equals("成本");
    }
}
