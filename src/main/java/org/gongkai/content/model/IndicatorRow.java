package org.gongkai.content.model;

/**
 * One row of a 绩效指标 table: 一级, 二级 and 三级 指标 and the 指标值, each the published text.
 *
 * <p>一级 and 二级 are filled down from the merged cells of the source table, so every row can be read
 * on its own; a cell the source left empty is the empty string.
 */
public record IndicatorRow(String level1, String level2, String level3, String value, SourcePosition at) {

    /** True when the source left the 三级 and 指标值 cells of this row empty. */
    public boolean isEmpty() {
        return level3.isEmpty() && value.isEmpty();
    }
}
