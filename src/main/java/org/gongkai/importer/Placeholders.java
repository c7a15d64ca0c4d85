package org.gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Project;

/**
 * Reports the template placeholders an office left in its form, such as (≥**株) beside 17600株: kept as printed,
 * since they are the published record, and named so that the publisher can ask the office what was meant.
 */
final class Placeholders {

    /** Two or more asterisks, or a ＊ run, where a number should have been filled in. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[（(]?[≥≤<>=]*\\s*[*＊]{2,}[^，,；;。）)]*[）)]?");

    private Placeholders() {}

    static void report(Project p, Problems problems) {
        for (IndicatorRow row : p.indicators()) {
            for (String text : new String[] {row.level3(), row.value()}) {
                Matcher m = PLACEHOLDER.matcher(text);
                if (m.find()) {
                    problems.add(row.at().line(), "项目" + Problems.quote(p.name()) + "的指标" + Problems.quote(
                            row.level3()) + "中留有模板占位符" + Problems.quote(m.group()) + "：已按原文照录，"
                            + "请向单位核实应填的数值。");
                }
            }
        }
    }
}
