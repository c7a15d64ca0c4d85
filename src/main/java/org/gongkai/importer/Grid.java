package org.gongkai.importer;

import java.util.List;

/**
 * A document read from a Word or Excel file as rows of cells in reading order: the rows of its tables, and its
 * paragraphs as rows of one cell. Column positions can be trusted: a cell merged across columns is followed by
 * empty cells for the columns it covers, and a cell merged down is empty in the rows below its first.
 *
 * <p>Each cell carries its place as a publisher would look for it in the file (表 2 第 3 行第 1 格, or 工作表
 * “项目1”单元格 B3), which the import report names instead of a line number.
 */
public record Grid(List<Row> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }

    /**
     * One table row, or one paragraph outside any table ({@code paragraph}, one cell). {@code places} names where
     * each cell stands, in the order of {@code cells}.
     */
    public record Row(List<String> cells, List<String> places, boolean paragraph) {

        public Row {
            cells = List.copyOf(cells);
            places = List.copyOf(places);
            if (cells.size() != places.size()) {
                throw new IllegalArgumentException("a place for every cell: " + cells.size() + " != " + places.size());
            }
        }
    }
}
