package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;

/**
 * The 绩效指标 rows of one table: its header (一级指标 … 指标值) and data rows, read by position where the
 * layout keeps positions and by wording where it does not.
 */
final class IndicatorSection {

    private final Layout layout;
    private final String sourceName;
    private final Problems problems;
    /** Columns of 一级指标, 二级指标, 三级指标 and 指标值 in the header row; -1 until the header is seen. */
    private final int[] headerColumns = {-1, -1, -1, -1};
    private int headerWidth = -1;
    private final List<Block> dataRows = new ArrayList<>();
    private final List<Cell> streamCells = new ArrayList<>();
    /** Where each row begins among the stream's cells, for a layout that keeps a row on a line. */
    private final java.util.Set<Integer> rowStarts = new java.util.HashSet<>();
    /** Every column the header names, with where it stands: the four levels and value, and any further ones. */
    private final java.util.Map<Labels.Column, Integer> columnAt = new java.util.EnumMap<>(Labels.Column.class);

    IndicatorSection(Layout layout, String sourceName, Problems problems) {
        this.layout = layout;
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** True when the block is a header row: it names at least two of 一级指标, 二级指标, 三级指标, 指标值. */
    static boolean isHeader(Block b) {
        return b.nonEmpty().stream().filter(c -> Labels.indicatorHeaderIndex(c.text()) >= 0).count() >= 2;
    }

    /** Rows read whole elsewhere, as from a notice's sentences, which have no cells to read. */
    private final List<IndicatorRow> readRows = new ArrayList<>();

    boolean isEmpty() {
        return headerWidth < 0 && dataRows.isEmpty() && streamCells.isEmpty() && readRows.isEmpty();
    }

    /** Adds a row read whole: a notice states its indicators in sentences rather than a table. */
    void add(IndicatorRow row) {
        readRows.add(row);
    }

    void add(Block b) {
        if (layout.isStream()) {
            // Rows cannot be told apart here: the header and the rows are read from the cells in order. Only where
            // each line is a row of the table (spaced rows) does a line's end end a row.
            if (layout == Layout.SPACED && !b.isEmpty()) {
                rowStarts.add(streamCells.size());
            }
            streamCells.addAll(b.nonEmpty());
            headerWidth = Math.max(headerWidth, 0);
            return;
        }
        if (isHeader(b)) {
            header(b);
        } else {
            dataRows.add(b);
        }
    }

    private void header(Block b) {
        if (headerWidth >= 0) {
            problems.add(b.line(), "绩效指标表头重复出现：请删除多余的表头行，或检查上一个表格是否缺了标题。");
            return;
        }
        headerWidth = b.cells().size();
        for (Cell c : b.nonEmpty()) {
            Optional<Labels.Column> column = Labels.indicatorColumn(c.text());
            int index = Labels.indicatorHeaderIndex(c.text());
            if (index >= 0) {
                headerColumns[index] = c.column();
            }
            if (column.isPresent()) {
                columnAt.putIfAbsent(column.get(), c.column());
            } else if (Labels.field(c.text()).filter(f -> f == Labels.Field.INDICATORS_GROUP).isEmpty()) {
                problems.add(c.line(), "绩效指标表头里有无法识别的单元格" + Problems.quote(c.text())
                        + "：表头应为 一级指标、二级指标、三级指标、指标值，以及绩效标准、指标性质、指标方向、计量单位、"
                        + "分值、备注等栏目。");
            }
        }
    }

    List<IndicatorRow> rows() {
        if (!readRows.isEmpty()) {
            return List.copyOf(readRows);
        }
        if (layout.isStream()) {
            return byStream();
        }
        if (!layout.trustsColumns() && columnAt.keySet().stream().anyMatch(c -> c.ordinal() > Labels.Column.VALUE.ordinal())) {
            // Rows of more than four columns whose positions cannot be trusted: read in order against the header.
            List<Labels.Column> after = columnAt.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey)
                    .filter(col -> col != Labels.Column.LEVEL1 && col != Labels.Column.LEVEL2).toList();
            List<Cell> cells = new ArrayList<>();
            dataRows.forEach(b -> b.nonEmpty().stream().filter(c -> !isGroupLabel(c)).forEach(cells::add));
            return new IndicatorStream(after, sourceName).read(cells);
        }
        return layout.trustsColumns() ? byPosition() : byWording();
    }

    /**
     * The rows of a stream layout: the header is the run of column names the cells begin with (group labels such as
     * 绩效指标 skipped), and the rest are read in order by {@link IndicatorStream}.
     */
    private List<IndicatorRow> byStream() {
        List<Labels.Column> header = new ArrayList<>();
        int i = 0;
        // Fragments of a vertical label (绩, 效) can stand before the header; anything longer is reported.
        while (i < streamCells.size() && Labels.indicatorColumn(streamCells.get(i).text()).isEmpty()
                && !isGroupLabel(streamCells.get(i)) && streamCells.size() > i + 1) {
            Cell skipped = streamCells.get(i++);
            if (skipped.key().length() > 2) {
                problems.add(skipped.line(), "绩效指标表头前的单元格" + Problems.quote(skipped.text())
                        + "不是表头的栏目，未导入。");
            }
        }
        for (; i < streamCells.size(); i++) {
            Cell c = streamCells.get(i);
            Optional<Labels.Column> column = Labels.indicatorColumn(c.text());
            if (column.isPresent()) {
                header.add(column.get());
            } else if (!isGroupLabel(c)) {
                break;
            }
        }
        List<Labels.Column> after = new ArrayList<>(header.stream()
                .filter(col -> col != Labels.Column.LEVEL1 && col != Labels.Column.LEVEL2).distinct().toList());
        if (!after.isEmpty() && !after.contains(Labels.Column.LEVEL3)) {
            // A header of 一级指标 / 二级指标 / 绩效标准 / 指标值 still has each row name its indicator, under the
            // heading of the level before: the name comes first.
            after.add(0, Labels.Column.LEVEL3);
        }
        // After the header, a column name or 绩效指标 is the header repeated or a vertical label, not a row's text.
        List<Cell> data = new ArrayList<>();
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (int k = i; k < streamCells.size(); k++) {
            Cell c = streamCells.get(k);
            if (rowStarts.contains(k)) {
                starts.add(data.size());
            }
            if (!isGroupLabel(c) && Labels.indicatorColumn(c.text()).isEmpty()) {
                data.add(c);
            }
        }
        return new IndicatorStream(after, sourceName).read(data, starts);
    }

    private List<IndicatorRow> byWording() {
        List<List<Cell>> cells = new ArrayList<>();
        for (Block b : dataRows) {
            cells.add(b.nonEmpty().stream().filter(c -> !isGroupLabel(c)).toList());
        }
        IndicatorClassifier classifier = IndicatorClassifier.forTable(cells, headerColumns[0], headerColumns[1],
                problems);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < dataRows.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                classifier.classify(cells.get(i), at(dataRows.get(i))).ifPresent(rows::add);
            }
        }
        return rows;
    }

    private List<IndicatorRow> byPosition() {
        List<IndicatorRow> rows = new ArrayList<>();
        if (dataRows.isEmpty()) {
            return rows;
        }
        for (int c : headerColumns) {
            if (c < 0) {
                problems.add(dataRows.get(0).line(), "绩效指标缺少完整的表头（一级指标、二级指标、三级指标、指标值）："
                        + "无法确定各列的含义，请补上表头行。");
                return rows;
            }
        }
        FillDown fill = new FillDown();
        for (Block b : dataRows) {
            if (b.cells().size() != headerWidth) {
                problems.add(b.line(), "这一绩效指标行有" + b.cells().size() + "个单元格，表头有" + headerWidth
                        + "个：无法按列对齐，请检查这一行是否多了或少了单元格。");
                continue;
            }
            boolean stray = false;
            for (Cell c : b.cells()) {
                if (!c.isEmpty() && !isIndicatorColumn(c.column()) && !isGroupLabel(c)) {
                    problems.add(c.line(), "单元格" + Problems.quote(c.text()) + "不在一级指标、二级指标、三级指标、"
                            + "指标值任何一列：请检查这一行的单元格是否错位。");
                    stray = true;
                }
            }
            if (!stray) {
                IndicatorRow row = fill.row(text(b, 0), text(b, 1), text(b, 2), text(b, 3), at(b));
                rows.add(new IndicatorRow(row.level1(), row.level2(), row.level3(), row.value(), extra(b), row.at()));
            }
        }
        return rows;
    }

    private boolean isIndicatorColumn(int column) {
        return columnAt.containsValue(column);
    }

    /** The further columns of a row read by position: present, even if empty, where the header names them. */
    private IndicatorColumns extra(Block b) {
        return new IndicatorColumns(at(b, Labels.Column.STANDARD), at(b, Labels.Column.NATURE),
                at(b, Labels.Column.DIRECTION), at(b, Labels.Column.UNIT), at(b, Labels.Column.SCORE),
                at(b, Labels.Column.REMARK));
    }

    private Optional<String> at(Block b, Labels.Column column) {
        Integer c = columnAt.get(column);
        return c == null || c >= b.cells().size() ? Optional.empty() : Optional.of(b.cells().get(c).text());
    }

    private String text(Block b, int index) {
        return b.cells().get(headerColumns[index]).text();
    }

    private static boolean isGroupLabel(Cell c) {
        return Labels.field(c.text()).filter(f -> f == Labels.Field.INDICATORS_GROUP).isPresent();
    }

    private SourcePosition at(Block b) {
        return new SourcePosition(sourceName, b.line(), 1);
    }
}
