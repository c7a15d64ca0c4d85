package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;
import org.gongkai.content.value.IndicatorValue;
import org.gongkai.content.value.UnitFamily;

/**
 * Cost indicators (成本指标, as 一级 or under 产出) that name amounts of money add up to the project's
 * 年度资金总额, once 元 are converted to 万元. Rates such as 7.35万元/人 and percentages are not totals and are
 * left out of the sum.
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
                IndicatorValue v = IndicatorValue.parse(row.value());
                if (v.family() != UnitFamily.MONEY || v.wanYuan().isEmpty()) {
                    continue;
                }
                sum = sum.add(v.wanYuan().get());
                parts.add(row.level3() + " " + row.value());
                if (first == null) {
                    first = row;
                }
            }
            BigDecimal total = p.funds().totalInWan();
            if (first != null && !Amounts.same(sum, total)) {
                in.warning("cost.total-mismatch", first.at(), in.of(p, first), "成本指标合计 " + Amounts.plain(sum.stripTrailingZeros())
                        + " 万元（" + String.join("；", parts) + "）与年度资金总额 " + p.funds().total().printed() + p.funds().unit()
                        + " 不一致。请核对原文：成本指标应与项目预算相符。");
            }
        }
    }

    private static boolean isCost(IndicatorRow row) {
        return Hierarchy.stem(row.level1()).equals("成本") || Hierarchy.stem(row.level2()).equals("成本");
    }
}
