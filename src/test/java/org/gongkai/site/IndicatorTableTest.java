package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.IndicatorColumns;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * The merged cells of an indicator table: which rows start a 一级 or 二级 cell, and how many rows it spans; and the
 * further columns of other templates, which a table has only where some row has them.
 */
class IndicatorTableTest {

    /** Rows as "一级/二级/三级/值"; expected spans as "span1:span2" per row, 0 where a merged cell covers the row. */
    private static void assertSpans(List<String> rows, String... spans) {
        List<IndicatorRow> input = rows.stream().map(r -> r.split("/", -1))
                .map(c -> new IndicatorRow(c[0], c[1], c[2], c[3], new SourcePosition("t", 1, 1))).toList();
        List<String> actual = IndicatorTable.of(input).lines().stream().map(l -> l.level1Span() + ":" + l.level2Span()).toList();
        assertEquals(Arrays.asList(spans), actual);
    }

    @Test
    void mergesEqualNeighbours() {
        assertSpans(List.of("产出/数量/a/1", "产出/数量/b/2", "产出/质量/c/3", "效益/社会/d/4"), "3:2", "0:0", "0:1", "1:1");
    }

    @Test
    void sameSecondLevelUnderDifferentFirstLevelDoesNotMerge() {
        assertSpans(List.of("产出/成本指标/a/1", "成本指标/成本指标/b/2"), "1:1", "1:1");
    }

    @Test
    void emptySecondLevelCellsMergeWithinTheirGroup() {
        assertSpans(List.of("成本指标//a/1", "成本指标//b/2", "效益指标/经济效益//"), "2:2", "0:0", "1:1");
    }

    @Test
    void aGroupThatRecursLaterStartsAgain() {
        assertSpans(List.of("产出/数量/a/1", "效益/社会/b/2", "产出/数量/c/3"), "1:1", "1:1", "1:1");
    }

    private static final SourcePosition AT = new SourcePosition("t", 1, 1);

    private static IndicatorRow row(String level2, IndicatorColumns columns) {
        return new IndicatorRow("产出指标", level2, "三级", "1", columns, AT);
    }

    private static IndicatorColumns columns(String unit, String standard, String remark) {
        return new IndicatorColumns(Optional.ofNullable(standard), Optional.empty(), Optional.empty(),
                Optional.ofNullable(unit), Optional.empty(), Optional.ofNullable(remark));
    }

    @Test
    void aFourColumnTableHasNoFurtherColumnsAndKeepsItsSecondLevel() {
        Pages.Indicators table = IndicatorTable.of(List.of(row("数量指标", IndicatorColumns.NONE)));
        assertEquals(List.of(), table.columns());
        assertTrue(table.level2());
        assertEquals(List.of(List.of()), table.lines().stream().map(Pages.IndicatorLine::extras).toList());
    }

    /** Only the columns some row has, in the order 计量单位 first; a row without one has an empty cell there. */
    @Test
    void furtherColumnsAreThoseSomeRowHas() {
        Pages.Indicators table = IndicatorTable.of(List.of(row("数量指标", columns("公里", null, null)),
                row("数量指标", IndicatorColumns.NONE), row("质量指标", columns(null, null, "以验收为准"))));
        assertEquals(List.of("计量单位", "备注"), table.columns());
        assertEquals(List.of(List.of("公里", ""), List.of("", ""), List.of("", "以验收为准")),
                table.lines().stream().map(Pages.IndicatorLine::extras).toList());
    }

    @Test
    void aTemplateWithoutSecondLevelHasNoSecondLevelColumn() {
        assertFalse(IndicatorTable.of(List.of(row("", columns(null, "省定标准", null)), row("", IndicatorColumns.NONE)))
                .level2());
        assertTrue(IndicatorTable.of(List.of(row("", IndicatorColumns.NONE), row("数量指标", IndicatorColumns.NONE)))
                .level2(), "one row with a 二级 keeps the column");
        assertTrue(IndicatorTable.of(List.of()).level2(), "an empty table is laid out as the seeds' form");
    }
}
