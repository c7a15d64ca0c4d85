package org.gongkai.content.model;

/**
 * One row of a 绩效指标 table: 一级, 二级 and 三级 指标 and the 指标值, each the published text, and the further
 * columns of templates that print more.
 *
 * <p>一级 and 二级 are filled down from the merged cells of the source table, so every row can be read
 * on its own; a cell the source left empty is the empty string. A template without 二级 leaves it empty.
 */
public record IndicatorRow(String level1, String level2, String level3, String value, IndicatorColumns columns,
        SourcePosition at) {

    /** A row of the seeds' four columns. */
    public IndicatorRow(String level1, String level2, String level3, String value, SourcePosition at) {
        this(level1, level2, level3, value, IndicatorColumns.NONE, at);
    }

    /** True when the source left the 三级 and 指标值 cells of this row empty. */
    public boolean isEmpty() {
        return level3.isEmpty() && value.isEmpty();
    }
}
