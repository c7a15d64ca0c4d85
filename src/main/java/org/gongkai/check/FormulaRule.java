package org.gongkai.check;

import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Office;
import org.gongkai.content.value.IndicatorValue;
import org.gongkai.content.value.Kind;
import org.gongkai.export.CsvCell;

/**
 * Public text that a spreadsheet would run as a formula ({@link CsvCell#startsFormula}): it begins with =, +, -, @,
 * a tab or a carriage return. The downloads already write such a cell after an apostrophe; the warning is for the
 * publisher, since such a start is rarely the document's own text and more often a worksheet formula pasted by
 * mistake, or a link planted in a name (=HYPERLINK(…)).
 *
 * <p>An indicator cell that reads as a quantity or a date (=100%, -5%) is an ordinary value: the downloads protect
 * it all the same, but there is nothing for the publisher to change, so it is left alone.
 */
final class FormulaRule implements Rule {

    static final String RULE = "text.formula";

    @Override
    public void check(Inspection in) {
        for (PublicText t : in.texts()) {
            if (CsvCell.startsFormula(t.text()) && !(t.kind() == PublicText.Kind.INDICATOR && ordinaryValue(t.text()))) {
                in.warning(RULE, t.at(), t.subject(), message(t.field(), t.text()));
            }
        }
    }

    /** The office's name, which every row of its downloads carries: checked once per office, not per year. */
    static void check(Office office, Findings findings) {
        if (CsvCell.startsFormula(office.name())) {
            findings.add(new Finding(RULE, Severity.WARNING, office.at(), new Subject(office.id(), "", "", ""),
                    message("单位名称", office.name())));
        }
    }

    private static boolean ordinaryValue(String text) {
        Kind kind = IndicatorValue.parse(text).kind();
        return kind == Kind.QUANTITATIVE || kind == Kind.DATE;
    }

    private static String message(String field, String text) {
        String first = switch (text.charAt(0)) {
            case '\t' -> "制表符";
            case '\r' -> "回车符";
            default -> "“" + text.charAt(0) + "”";
        };
        return field + "以" + first + "开头：" + TextRule.excerpt(text.replace('\t', ' ').replace('\r', ' '), 0, 1)
                + "。Excel、WPS 等电子表格会把以 =、+、-、@、制表符或回车符开头的单元格当作公式执行；本站的 CSV 下载已在这类单元格前"
                + "加一个英文单引号（'），使其按原文显示为文字，data.json 中仍是原文。如果开头的" + first
                + "不是公开原文的一部分（例如从表格软件复制时带入的公式），请删去；原文确实如此时照录即可。";
    }
}
