package org.gongkai.check;

import java.util.List;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;

/**
 * The publisher's pre-release checks: runs every rule over a disclosure that loaded without errors and adds
 * warnings (inconsistencies a reader would notice) and notices (text hygiene) to the findings.
 */
public final class Checker {

    private static final List<Rule> RULES = List.of(
            new FundsRule(),
            new ListRule(),
            new OverallRule(),
            new CountsRule(),
            new CostRule(),
            new StructureRule(),
            new ValueRule(),
            new TextRule(),
            new FormulaRule(),
            new DatesRule(),
            new CorrectionsRule());

    /** The checks of an office's own file: run once per office, beside those of its disclosures. */
    public void check(Office office, Findings findings) {
        FormulaRule.check(office, findings);
    }

    public void check(Disclosure disclosure, Office office, Findings findings) {
        Inspection inspection = new Inspection(disclosure, office, findings);
        for (Rule rule : RULES) {
            rule.check(inspection);
        }
    }
}
