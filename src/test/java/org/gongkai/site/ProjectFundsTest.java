package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * The funds rows of a project page: every source the form lists, with its label, in the forms' order; the parts of
 * 财政拨款 marked as parts under it; and each note beside its own amount.
 */
class ProjectFundsTest {

    private static final SourcePosition AT = new SourcePosition("t", 1, 1);

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount), AT);
    }

    /** Each row as "label amount", with "part" after a part and the note in brackets. */
    private static List<String> rows(Funds f) {
        return ProjectView.funds(f).stream().map(r -> r.label() + " " + r.amount() + (r.part() ? " part" : "")
                + (r.note() == null ? "" : " (" + r.note() + ")")).toList();
    }

    private static Funds funds(Map<String, String> notes, Object... kindsAndAmounts) {
        List<Funds.Source> sources = new ArrayList<>();
        for (int i = 0; i < kindsAndAmounts.length; i += 2) {
            sources.add(new Funds.Source((Funds.Kind) kindsAndAmounts[i], money((String) kindsAndAmounts[i + 1])));
        }
        return new Funds("元", Optional.of(money("8540000")), sources, notes);
    }

    @Test
    void theSeedsFormKeepsItsLabels() {
        Funds f = new Funds("万元", money("24.37"), Optional.of(money("20.00")),
                Optional.of(money("0.00")), Optional.empty(), Optional.of(money("4.37")));
        assertEquals(List.of("年度资金总额： 24.37", "其中：财政拨款 20.00", "专项债券 0.00", "其他资金 4.37"), rows(f));
    }

    @Test
    void everySourceInTheFormsOrderWithPartsOfFiscalUnderIt() {
        Funds f = funds(Map.of(Funds.TOTAL, "高标准农田建设400万元", "government_fund", "土地出让收入安排"),
                Funds.Kind.OTHER_INCOME, "0", Funds.Kind.GOVERNMENT_FUND, "540000", Funds.Kind.BUDGET, "8540000",
                Funds.Kind.FISCAL, "8540000", Funds.Kind.SUPERIOR, "3000000", Funds.Kind.GENERAL, "8000000");
        assertEquals(List.of("年度资金总额： 8540000 (高标准农田建设400万元)", "预算资金 8540000", "其中：财政拨款 8540000",
                "其中：一般公共预算 8000000 part", "政府性基金 540000 part (土地出让收入安排)", "上级资金 3000000",
                "其他收入 0"), rows(f));
    }

    /** A form that lists 一般公共预算 without 财政拨款 above it prints it as a source of its own. */
    @Test
    void aPartWhoseWholeIsNotListedStandsAlone() {
        Funds f = funds(Map.of(), Funds.Kind.GENERAL, "8000000", Funds.Kind.OWN, "540000");
        assertEquals(List.of("年度资金总额： 8540000", "一般公共预算 8000000", "自有资金 540000"), rows(f));
    }
}
