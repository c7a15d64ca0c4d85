package org.gongkai.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;

/**
 * Lays out indicator rows as the official form prints them: equal neighbouring 一级 cells merge into one
 * cell spanning their rows, and so do equal 二级 cells within one 一级 group. A further column (计量单位, 备注…)
 * is a column of the table only when some row has it, so a four-column form is laid out as before; a table
 * none of whose rows has a 二级 has no 二级 column, as its template printed none.
 */
final class IndicatorTable {

    private IndicatorTable() {}

    /** The table of {@code rows}, with the further columns and the 二级 column it has. */
    static Pages.Indicators of(List<IndicatorRow> rows) {
        List<IndicatorColumns.Column> columns = Arrays.stream(IndicatorColumns.Column.values())
                .filter(c -> rows.stream().anyMatch(r -> r.columns().get(c).isPresent())).toList();
        boolean level2 = rows.isEmpty() || rows.stream().anyMatch(r -> !r.level2().isEmpty());
        return new Pages.Indicators(columns.stream().map(IndicatorColumns.Column::label).toList(), level2,
                lines(rows, columns));
    }

    private static List<Pages.IndicatorLine> lines(List<IndicatorRow> rows, List<IndicatorColumns.Column> columns) {
        List<Pages.IndicatorLine> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            boolean startsLevel1 = i == 0 || !rows.get(i - 1).level1().equals(row.level1());
            boolean startsLevel2 = startsLevel1 || !rows.get(i - 1).level2().equals(row.level2());
            int span1 = startsLevel1 ? run(rows, i, true) : 0;
            int span2 = startsLevel2 ? run(rows, i, false) : 0;
            // The seeds' four-column tables, most rows of a province, allocate nothing here.
            List<String> extras = columns.isEmpty() ? List.of()
                    : columns.stream().map(c -> row.columns().get(c).orElse("")).toList();
            lines.add(new Pages.IndicatorLine(i + 1, row.level1(), span1, row.level2(), span2, row.level3(),
                    row.value(), extras));
        }
        return lines;
    }

    /** How many rows from {@code start} share its 一级 (and, unless {@code level1Only}, its 二级). */
    private static int run(List<IndicatorRow> rows, int start, boolean level1Only) {
        IndicatorRow first = rows.get(start);
        int end = start + 1;
        while (end < rows.size()
                && rows.get(end).level1().equals(first.level1())
                && (level1Only || rows.get(end).level2().equals(first.level2()))) {
            end++;
        }
        return end - start;
    }
}
