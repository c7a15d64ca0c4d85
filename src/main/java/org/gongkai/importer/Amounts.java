package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;

/** Reads printed amounts exactly, keeping the printed precision (96, 24.4, 96.00). */
final class Amounts {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final String sourceName;
    private final Problems problems;

    Amounts(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    static boolean isAmount(String text) {
        return PLAIN_DECIMAL.matcher(text).matches();
    }

    /** The amount in the cell, or empty after reporting why it is not one. */
    Optional<Money> read(Cell cell, String what) {
        if (!isAmount(cell.text())) {
            String problem = cell.isEmpty() ? "“" + what + "”没有填写金额" : "“" + what + "”的金额" + Problems.quote(cell.text())
                    + "不是数字";
            problems.add(cell.line(), problem + "：请按原文写成数字，如 96.00，不带单位和千位分隔符。");
            return Optional.empty();
        }
        return Optional.of(new Money(new BigDecimal(cell.text()), new SourcePosition(sourceName, cell.line(), 1)));
    }
}
