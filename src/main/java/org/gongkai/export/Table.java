package org.gongkai.export;

import java.util.List;

/** One download table (CSV file) and its columns, in file order. */
public record Table(String name, String file, String title, List<Column> columns) {

    public Table {
        columns = List.copyOf(columns);
    }

    /** The columns' headers in file order. */
    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }
}
