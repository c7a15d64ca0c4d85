package org.gongkai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.importer.Labels.Column;

/**
 * Reads an indicator table from its cells in reading order, for layouts that lose where a row ends and drop the
 * cells of merged columns: web pages' pipe tables, spaced rows, one cell per line.
 *
 * <p>The header's column names (一级指标 … 指标值, 绩效标准, 计量单位 …) say which texts a row has after its levels.
 * A 一级 or 二级 name, known by its wording, starts a new row; the other cells fill the row's 三级指标, 指标值 and
 * further columns in the header's order, and a cell with nowhere left to go starts the next row under the same
 * levels, as the merged cells of the printed table read.
 */
final class IndicatorStream {

    private final List<Column> columns;
    private final String sourceName;
    private final FillDown fill = new FillDown();
    private final List<IndicatorRow> rows = new ArrayList<>();
    /** The levels named since the last row, empty where none was: {@link FillDown} fills the rest. */
    private String level1 = "";
    private String level2 = "";
    private final Map<Column, String> texts = new EnumMap<>(Column.class);
    private int line;
    /** Set once the table is seen to put a level of its own above 产出指标 and 效益指标. */
    private boolean shifted;

    /** {@code columns}: the header's columns after 二级指标, in order; 三级指标 and 指标值 at least. */
    IndicatorStream(List<Column> columns, String sourceName) {
        this.columns = columns.isEmpty() ? List.of(Column.LEVEL3, Column.VALUE) : List.copyOf(columns);
        this.sourceName = sourceName;
    }

    List<IndicatorRow> read(List<Cell> cells) {
        return read(cells, java.util.Set.of());
    }

    /**
     * The rows of {@code cells}, where {@code rowStarts} holds the indexes of the cells known to begin a row (a line
     * of spaced rows): a row there ends the one before, even if it left columns empty, as a 备注 left blank does.
     */
    List<IndicatorRow> read(List<Cell> cells, java.util.Set<Integer> rowStarts) {
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (rowStarts.contains(i) && !texts.isEmpty()) {
                emit();
            }
            String key = levelKey(c);
            if (!shifted && isLevel1(key, cells, i)) {
                // A 一级 name starts a new 一级. When another 一级 name follows it at once, as 实施效果指标 / 产出指标,
                // the table puts its own level above the usual ones, which then stand where 二级 does (shifted).
                shifted = i + 1 < cells.size() && IndicatorClassifier.LEVEL1_ONLY.contains(levelKey(cells.get(i + 1)));
                if (pending()) {
                    emit();
                }
                level1 = c.text();
                level2 = "";
                line = c.line();
            } else if ((IndicatorClassifier.LEVEL2.contains(key) || IndicatorClassifier.EITHER_LEVEL.contains(key)
                    || (shifted && IndicatorClassifier.LEVEL1_ONLY.contains(key))) && !beforeValue(cells, i)) {
                if (!texts.isEmpty() || !level2.isEmpty()) {
                    emit();
                }
                if (level1.isEmpty()) {
                    line = c.line();
                }
                level2 = c.text();
            } else {
                Optional<Column> free = columns.stream().filter(col -> !texts.containsKey(col)).findFirst();
                if (free.isEmpty()) {
                    emit();
                    free = Optional.of(columns.get(0));
                }
                if (!pending()) {
                    line = c.line();
                }
                texts.put(free.get(), c.text());
            }
        }
        if (pending()) {
            emit();
        }
        return rows;
    }

    /**
     * Whether the cell after {@code i} is a value: a level name has none beside it, so a 二级 name such as
     * 服务对象满意度 followed by %=99 is an indicator named like its level.
     */
    private static boolean beforeValue(List<Cell> cells, int i) {
        return i + 1 < cells.size() && IndicatorClassifier.startsLikeValue(cells.get(i + 1).text());
    }

    /**
     * A 一级 name: the seeds' and other templates' (项目完成指标, 社会公众或服务对象满意度指标), or 成本指标 and
     * 满意度指标 where a 二级 name follows them directly, as in 满意度指标 / 服务对象满意度指标.
     */
    private static boolean isLevel1(String key, List<Cell> cells, int i) {
        if (IndicatorClassifier.LEVEL1_ONLY.contains(key)) {
            return true;
        }
        String next = i + 1 < cells.size() ? levelKey(cells.get(i + 1)) : "";
        return IndicatorClassifier.EITHER_LEVEL.contains(key) && IndicatorClassifier.LEVEL2.contains(next)
                && !IndicatorClassifier.EITHER_LEVEL.contains(next);
    }

    /**
     * The key a level name is known by: without a note in brackets after it, as templates print 数量指标（必填）
     * or 成本指标(0-20)分, the printed text staying as it is.
     */
    static String levelKey(Cell c) {
        String key = c.key();
        int bracket = key.indexOf('（');
        return bracket > 1 ? key.substring(0, bracket) : key;
    }

    private boolean pending() {
        return !texts.isEmpty() || !level1.isEmpty() || !level2.isEmpty();
    }

    private void emit() {
        IndicatorRow row = fill.row(level1, level2, texts.getOrDefault(Column.LEVEL3, ""),
                texts.getOrDefault(Column.VALUE, ""), new SourcePosition(sourceName, line, 1));
        IndicatorColumns extra = new IndicatorColumns(opt(Column.STANDARD), opt(Column.NATURE), opt(Column.DIRECTION),
                opt(Column.UNIT), opt(Column.SCORE), opt(Column.REMARK));
        rows.add(new IndicatorRow(row.level1(), row.level2(), row.level3(), row.value(), extra, row.at()));
        texts.clear();
        level1 = "";
        level2 = "";
    }

    private Optional<String> opt(Column c) {
        return Optional.ofNullable(texts.get(c));
    }
}
