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
            new DatesRule(),
            new CorrectionsRule());

    public void check(Disclosure disclosure, Office office, Findings findings) {
        Inspection inspection = new Inspection(disclosure, office, findings);
        for (Rule rule : RULES) {
            rule.check(inspection);
        }
    }
}
