package org.gongkai.importer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Determines the budget year from the tables' subtitles such as （2024年度）, which every table of a document
 * prints and which must agree.
 */
final class Years {

    /**
     * （2024年度）, and as pages print it: 2024年度), ( 2024 年度), (2024年). A bare 2024年 is not one: it is as often a
     * cell's own text, such as a 完成时间.
     */
    private static final Pattern SUBTITLE = Pattern.compile(
            "[（(]\\s*([0-9]{4})\\s*年度?\\s*[）)]?|[（(]?\\s*([0-9]{4})\\s*年度\\s*[）)]?");
    private static final Pattern IN_TITLE = Pattern.compile("([0-9]{4})\\s*年");

    private final Problems problems;
    private OptionalInt year = OptionalInt.empty();
    private int firstLine;

    Years(Problems problems) {
        this.problems = problems;
    }

    /** Takes the text as a year subtitle if it is one, reporting a year that differs from an earlier table's. */
    boolean acceptSubtitle(Cell cell) {
        Matcher m = SUBTITLE.matcher(TextCleaner.strip(cell.text()));
        if (!m.matches()) {
            return false;
        }
        int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (year.isEmpty()) {
            year = OptionalInt.of(y);
            firstLine = cell.line();
        } else if (year.getAsInt() != y) {
            problems.add(cell.line(), "本表的年度为" + y + "年，与第" + firstLine + "行的" + year.getAsInt()
                    + "年不一致：一份文件只能公开一个预算年度，请核对原文。");
        }
        return true;
    }

    /** Whether {@code text} is a year line such as （2024年度） on its own. */
    static boolean isYearLine(String text) {
        return SUBTITLE.matcher(TextCleaner.strip(text)).matches();
    }

    /** The year a document title names, such as 2024 in 淮南市人民政府办公室2024年度项目支出绩效目标. */
    static OptionalInt inTitle(String title) {
        Matcher m = IN_TITLE.matcher(title);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    OptionalInt year() {
        return year;
    }
}
