package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;

/** The funding sources a project table lists add up to its 年度资金总额, and that total is not zero. */
final class FundsRule implements Rule {

    @Override
    public void check(Inspection in) {
        for (Project p : in.disclosure.projects()) {
            Funds f = p.funds();
            List<String> parts = new ArrayList<>();
            List<Money> sources = new ArrayList<>();
            add(parts, sources, "财政拨款", f.fiscal());
            add(parts, sources, "专项债券", f.bond());
            add(parts, sources, "上年结转", f.carryover());
            add(parts, sources, "其他资金", f.other());
            if (!sources.isEmpty() && !Amounts.same(Amounts.sum(sources), f.total().value())) {
                in.warning("funds.sources-sum", f.total().at(), in.of(p), "资金来源合计 " + Amounts.plain(Amounts.sum(sources))
                        + f.unit() + "（" + String.join(" + ", parts) + "）与年度资金总额 " + f.total().printed() + f.unit()
                        + " 不一致。请核对原文，资金来源之和应等于年度资金总额。");
            }
            if (f.total().value().signum() == 0) {
                in.warning("funds.zero-total", f.total().at(), in.of(p), "年度资金总额为 " + f.total().printed() + f.unit()
                        + "。公开的项目支出绩效目标表通常对应有预算的项目，请核对原文或预算批复。");
            }
        }
    }

    private static void add(List<String> parts, List<Money> sources, String label, Optional<Money> money) {
        money.ifPresent(m -> {
            parts.add(label + " " + m.printed());
            sources.add(m);
        });
    }
}
