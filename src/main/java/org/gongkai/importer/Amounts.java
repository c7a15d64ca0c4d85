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

    /** An amount read from a cell, the unit printed in it (万 read as 万元), and the note printed beside it. */
    record Read(Money money, Optional<String> unit, Optional<String> note) {}

    private final String sourceName;
    private final Problems problems;

    Amounts(String sourceName, Problems problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** Whether {@code text} prints an amount, as {@link #read} reads one: 96.00, 1,132.20, 854万, 854万(…). */
    static boolean isAmount(String text) {
        return digits(text).isPresent();
    }

    /** The digits of the amount {@code text} prints, commas between groups of three removed. */
    private static Optional<String> digits(String text) {
        Matcher m = WITH_UNIT_AND_NOTE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = GROUPED.matcher(m.group(1)).matches() ? m.group(1).replace(",", "") : m.group(1);
        return PLAIN_DECIMAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The amount in the cell, or empty after reporting why it is not one. */
    Optional<Read> read(Cell cell, String what) {
        Optional<String> digits = digits(cell.text());
        if (digits.isEmpty()) {
            String problem = cell.isEmpty() ? "“" + what + "”没有填写金额" : "“" + what + "”的金额" + Problems.quote(cell.text())
                    + "不是数字";
            problems.add(cell.line(), problem + "：请按原文核对，金额应为数字，如 96.00 或 854万。");
            return Optional.empty();
        }
        Matcher m = WITH_UNIT_AND_NOTE.matcher(cell.text());
        m.matches();
        Money money = new Money(new BigDecimal(digits.get()), new SourcePosition(sourceName, cell.line(), 1));
        return Optional.of(new Read(money, Optional.ofNullable(m.group(2)).map(u -> u.equals("万") ? "万元" : u),
                Optional.ofNullable(m.group(3)).map(TextCleaner::strip).filter(n -> !n.isEmpty())));
    }

    /**
     * The amount in a cell of a table whose amounts are in {@code unit} and which has no place for a note, as a
     * 公开清单 or a 年度主要任务 table: a unit or a note printed in the cell is reported, never dropped in silence.
     * {@code where} names the row for the report: 公开清单第3行.
     */
    Optional<Money> readIn(Cell cell, String what, String unit, String where) {
        Optional<Read> read = read(cell, what);
        read.ifPresent(r -> {
            reportUnit(r, unit, what, where);
            r.note().ifPresent(n -> problems.add(cell.line(), where + "的“" + what + "”旁印有说明" + Problems.quote(n)
                    + "：这张表没有存放说明的位置，未导入，请对照原文核对。"));
        });
        return read.map(Read::money);
    }

    /**
     * Reports an amount printed with a unit other than its table's, as 854元 in a table of 万元: its digits are kept
     * as printed, never converted, since either the unit or the digits may be the slip.
     */
    void reportUnit(Read read, String unit, String what, String where) {
        read.unit().filter(u -> !u.equals(unit)).ifPresent(u -> problems.add(read.money().at().line(), where + "的“"
                + what + "”印的单位是" + u + "，而表格的金额单位是" + unit + "：已按原文数字 " + read.money().printed()
                + " 照录，请核对单位。"));
    }
}
