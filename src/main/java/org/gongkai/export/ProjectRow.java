package org.gongkai.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.Project;

/** The values of a project's own columns ({@link Downloads#PROJECT_COLUMNS}), amounts exact and in 万元. */
final class ProjectRow {

    private ProjectRow() {}

    static List<String> values(Project p, int number, String url) {
        Funds f = p.funds();
        return List.of(String.valueOf(number), p.id(), p.name(), p.department().code(), p.department().name(),
                p.implementer(), p.source(), p.field().orElse(""), p.period().term(),
                p.period().construction().orElse(""), p.period().operation().orElse(""), p.responsible().orElse(""),
                f.unit(), wan(f, f.total()), wan(f, f.fiscal()), wan(f, f.bond()), wan(f, f.carryover()),
                wan(f, f.other()), p.goal(), String.valueOf(p.indicators().size()), url);
    }

    private static String wan(Funds funds, Optional<Money> amount) {
        return amount.map(m -> wan(funds, m)).orElse("");
    }

    private static String wan(Funds funds, Money amount) {
        return funds.inWan(amount).toPlainString();
    }
}
