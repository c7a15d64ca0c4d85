package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;

/**
 * Reads printed amounts exactly, keeping the printed precision (96, 24.4, 96.00), and what some forms print in the
 * same cell: a unit (854万) and a note in brackets (854万(高标准农田建设400万元,…)).
 */
final class Amounts {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    /** Digits with commas between groups of three, as spreadsheets print amounts: 1,132.20. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern WITH_UNIT_AND_NOTE = Pattern.compile(
            "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|万|元)?\\s*(?:[（(](.*)[）)])?", Pattern.DOTALL);

    /** An amount read from a cell, and the note printed beside it. */
    record Read(Money money, Optional<String> note) {}

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
    Optional<Read> read(Cell cell, String what) {
        Matcher m = WITH_UNIT_AND_NOTE.matcher(cell.text());
        boolean matches = m.matches();
        String digits = matches ? m.group(1) : "";
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(",", "");
        }
        if (!isAmount(digits)) {
            String problem = cell.isEmpty() ? "“" + what + "”没有填写金额" : "“" + what + "”的金额" + Problems.quote(cell.text())
                    + "不是数字";
            problems.add(cell.line(), problem + "：请按原文写成数字，如 96.00，不带单位和千位分隔符。");
            return Optional.empty();
        }
        Money money = new Money(new BigDecimal(digits), new SourcePosition(sourceName, cell.line(), 1));
        return Optional.of(new Read(money, Optional.ofNullable(m.group(3)).map(TextCleaner::strip)
                .filter(n -> !n.isEmpty())));
    }
}
