package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports dates a spreadsheet printed as its serial numbers, such as 项目期 44,561-44,925: kept as printed, since
 * that is what was published, with the dates they stand for so that the publisher can check the original.
 */
final class SerialDates {

    /** Day numbers of the years budgets cover (2009 to 2064), with or without a thousands comma. */
    private static final Pattern SERIAL = Pattern.compile("(?<![0-9.,])([3-5][0-9]),?([0-9]{3})(?![0-9.,%])");
    private static final Pattern ONLY_SERIALS = Pattern.compile("\\s*[3-5][0-9],?[0-9]{3}\\s*(?:[-—~～至到]\\s*[3-5][0-9],?[0-9]{3}\\s*)?");
    /** Day 0 of the spreadsheets' date numbering, as Excel counts it (its 1900 leap-year slip included). */
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);

    private SerialDates() {}

    static void report(String text, int line, String where, Problems problems) {
        if (!ONLY_SERIALS.matcher(text).matches()) {
            return;
        }
        List<String> dates = new ArrayList<>();
        Matcher m = SERIAL.matcher(text);
        while (m.find()) {
            dates.add(DAY_ZERO.plusDays(Long.parseLong(m.group(1) + m.group(2))).toString());
        }
        problems.add(line, where + "的项目期" + Problems.quote(text) + "像是电子表格的日期序号（即 "
                + String.join(" 至 ", dates) + "）：已按原文照录，请对照原文核对日期。");
    }
}
